#include <gtest/gtest.h>

#include <string>

#include "frontend/tokenizer.h"

namespace ws::frontend {
namespace {

// Renders tokens compactly: names/numbers/strings/ops by text, structure tokens by a marker.
std::string render(std::string_view src) {
  std::string out;
  for (const Token& t : tokenize(src)) {
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case TokKind::Newline:
        out += "NL";
        break;
      case TokKind::Indent:
        out += "IN";
        break;
      case TokKind::Dedent:
        out += "DE";
        break;
      case TokKind::EndMarker:
        out += "END";
        break;
      default:
        out += t.text;
    }
  }
  return out;
}

TEST(Tokenizer, SimpleStatements) {
  EXPECT_EQ(render("x = a+1\n"), "x = a + 1 NL END");
  EXPECT_EQ(render("x **= 2 // 3"), "x **= 2 // 3 NL END");
}

TEST(Tokenizer, IndentDedentAndBlankLines) {
  std::string src = "def f(x):\n\n    # comment\n    if x:\n        return 1\n    return 2\n";
  EXPECT_EQ(render(src), "def f ( x ) : NL IN if x : NL IN return 1 NL DE return 2 NL DE END");
}

TEST(Tokenizer, ImplicitAndExplicitLineJoining) {
  EXPECT_EQ(render("f(a,\n  b)\n"), "f ( a , b ) NL END");
  EXPECT_EQ(render("x = 1 + \\\n  2\n"), "x = 1 + 2 NL END");
}

TEST(Tokenizer, Numbers) {
  EXPECT_EQ(render("1.5e-3 0x1F 1_000 .5 2. 3j"), "1.5e-3 0x1F 1_000 .5 2. 3j NL END");
  EXPECT_THROW(tokenize("12abc"), SyntaxError);
}

TEST(Tokenizer, Strings) {
  EXPECT_EQ(render("s = r'a\\'b' + \"\"\"x\ny\"\"\"\n"), "s = r'a\\'b' + \"\"\"x\ny\"\"\" NL END");
  auto toks = tokenize("a = 'x'\nb = 2\n");
  EXPECT_EQ(toks[4].line, 2);
  EXPECT_THROW(tokenize("'abc\n"), SyntaxError);
}

TEST(Tokenizer, Positions) {
  auto toks = tokenize("if x:\n    y = 10\n");
  ASSERT_GE(toks.size(), 8u);
  EXPECT_EQ(toks[5].text, "y");
  EXPECT_EQ(toks[5].line, 2);
  EXPECT_EQ(toks[5].col, 5);
}

TEST(Tokenizer, Errors) {
  try {
    tokenize("if x:\n    a\n  b\n");
    FAIL();
  } catch (const SyntaxError& e) {
    EXPECT_EQ(e.line(), 3);
  }
  EXPECT_THROW(tokenize("f(a]"), SyntaxError);
  EXPECT_THROW(tokenize("f(a"), SyntaxError);
  EXPECT_THROW(tokenize("a ? b"), SyntaxError);
}

}  // namespace
}  // namespace ws::frontend
