// Structural identity of a program: its tokens with user identifiers renamed by first occurrence
// (v0, v1, ...) and literals replaced by their type. Two kernels that differ only in names and
// constants share a hash; it drives dedup and split assignment (a structure lives in one split only).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontend/tokenizer.h"

namespace ws {

// Canonical token text, one token per line (exposed for tests and for `stats`).
std::string canonical_form(std::string_view python);
std::string canonical_form(const std::vector<frontend::Token>& tokens);  // of tokenize(python)
// 16 hex digits of xxh3_64(canonical_form(python)). Throws frontend::SyntaxError on invalid Python.
std::string struct_hash(std::string_view python);
std::string struct_hash(const std::vector<frontend::Token>& tokens);  // of tokenize(python)

}  // namespace ws
