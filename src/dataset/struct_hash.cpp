#include "dataset/struct_hash.h"

#include <xxhash.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <string>
#include <unordered_map>

#include "core/word_set.h"
#include "frontend/tokenizer.h"

namespace ws {
namespace {

// Names that keep their spelling: Python keywords and the builtins kernels use by name. Everything
// else not reached through an attribute (wp.sin keeps "sin") is a user identifier.
constexpr WordSet kKeptNames(std::array<std::string_view, 41>{
    "False", "None",  "True",   "abs",  "and",   "as",   "assert",   "bool",   "break", "class",  "continue",
    "def",   "del",   "elif",   "else", "float", "for",  "from",     "global", "if",    "import", "in",
    "int",   "is",    "lambda", "len",  "max",   "min",  "nonlocal", "not",    "or",    "pass",   "print",
    "raise", "range", "return", "warp", "while", "with", "wp",       "yield"});

std::string_view literal_type(std::string_view number) {
  if (number.starts_with("0x") || number.starts_with("0X") || number.starts_with("0o") || number.starts_with("0b"))
    return "<int>";
  return number.find_first_of(".eEjJ") == std::string_view::npos ? "<int>" : "<float>";
}

}  // namespace

std::string canonical_form(std::string_view python) {
  return canonical_form(frontend::tokenize(python));
}

std::string canonical_form(const std::vector<frontend::Token>& tokens) {
  using frontend::TokKind;
  std::unordered_map<std::string_view, int> names;
  names.reserve(64);
  std::string out;
  out.reserve(tokens.size() * 4);
  bool after_dot = false;
  for (const auto& t : tokens) {
    switch (t.kind) {
      case TokKind::Name:
        if (after_dot || kKeptNames.contains(t.text)) {
          out += t.text;
        } else {
          auto [it, fresh] = names.try_emplace(t.text, static_cast<int>(names.size()));
          char digits[16];
          const auto end = std::to_chars(digits, digits + sizeof digits, it->second).ptr;
          out += 'v';
          out.append(digits, end);
        }
        break;
      case TokKind::Number:
        out += literal_type(t.text);
        break;
      case TokKind::String:
        out += "<str>";
        break;
      case TokKind::Op:
        out += t.text;
        break;
      case TokKind::Newline:
        out += "<nl>";
        break;
      case TokKind::Indent:
        out += "<indent>";
        break;
      case TokKind::Dedent:
        out += "<dedent>";
        break;
      case TokKind::EndMarker:
        break;
    }
    after_dot = t.kind == TokKind::Op && t.text.size() == 1 && t.text[0] == '.';
    out += '\n';
  }
  return out;
}

std::string struct_hash(std::string_view python) {
  return struct_hash(frontend::tokenize(python));
}

std::string struct_hash(const std::vector<frontend::Token>& tokens) {
  const std::string canon = canonical_form(tokens);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits(canon.data(), canon.size())));
  return hex;
}

}  // namespace ws
