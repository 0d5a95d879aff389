// A Python tokenizer for the kernel subset of Python. It follows CPython's tokenize module closely
// enough that the parser (and the structural hash, which renames identifiers and abstracts literals)
// can work on tokens alone: comments, blank lines and backslash continuations vanish, and newlines
// inside brackets join lines implicitly. Tokens view into the source, so the source must outlive them.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ws::frontend {

enum class TokKind { Name, Number, String, Op, Newline, Indent, Dedent, EndMarker };

struct Token {
  TokKind kind;
  std::string_view text;  // the exact source spelling (empty for Newline/Indent/Dedent/EndMarker)
  int line;               // 1-based
  int col;                // 1-based, in bytes
};

// Invalid Python (bad indentation, unterminated string, stray character). Carries the position so the
// caller can report `file:line:col: error: message`.
class SyntaxError : public std::runtime_error {
 public:
  SyntaxError(const std::string& message, int line, int col) : std::runtime_error(message), line_(line), col_(col) {}
  int line() const { return line_; }
  int col() const { return col_; }

 private:
  int line_;
  int col_;
};

// Tokenizes a whole module. The result always ends with Newline (if any tokens precede it), the
// Dedents closing open blocks, and EndMarker.
std::vector<Token> tokenize(std::string_view src);

}  // namespace ws::frontend
