// Token-level helpers shared by the scans of module-level host code (host_code.cpp,
// host_warp_uses.cpp, kernel_overloads.cpp): the host code is not parsed, only read token by token,
// so these are the scans' vocabulary (an operator or a name, bracket depth, top-level splits).
#pragma once

#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <vector>

#include "frontend/ast.h"
#include "frontend/parser.h"
#include "frontend/tokenizer.h"

namespace ws::codegen::host_tokens {

using Toks = std::span<const frontend::Token>;

template <size_t N>
bool contains(const std::array<std::string_view, N>& sorted, std::string_view s) {
  return std::binary_search(sorted.begin(), sorted.end(), s);
}

inline bool is_op(const frontend::Token& t, std::string_view op) {
  return t.kind == frontend::TokKind::Op && t.text == op;
}
inline bool is_name(const frontend::Token& t, std::string_view n) {
  return t.kind == frontend::TokKind::Name && t.text == n;
}
// An identifier, not a reserved word.
inline bool is_identifier(const frontend::Token& t) {
  return t.kind == frontend::TokKind::Name && !frontend::is_keyword(t.text);
}
inline frontend::Pos pos_of(const frontend::Token& t) {
  return {t.line, t.col};
}

// Bracket depth change of one token.
inline int depth_step(const frontend::Token& t) {
  if (t.kind != frontend::TokKind::Op || t.text.size() != 1) return 0;
  const char c = t.text[0];
  if (c == '(' || c == '[' || c == '{') return 1;
  if (c == ')' || c == ']' || c == '}') return -1;
  return 0;
}

// Index of the first `op` outside brackets at or after `from`, or npos.
inline size_t find_top_level(Toks t, std::string_view op, size_t from = 0) {
  int depth = 0;
  for (size_t i = from; i < t.size(); ++i) {
    if (depth == 0 && is_op(t[i], op)) return i;
    depth += depth_step(t[i]);
  }
  return std::string_view::npos;
}

// Splits at top-level `sep` (a trailing separator leaves an empty last part).
inline std::vector<Toks> split_top_level(Toks t, std::string_view sep) {
  std::vector<Toks> parts;
  size_t start = 0;
  for (size_t at = find_top_level(t, sep); at != std::string_view::npos; at = find_top_level(t, sep, start)) {
    parts.push_back(t.subspan(start, at - start));
    start = at + 1;
  }
  parts.push_back(t.subspan(start));
  return parts;
}

}  // namespace ws::codegen::host_tokens
