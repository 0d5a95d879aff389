// A recursive-descent parser for the kernel subset of Python, producing frontend::Module.
// Python that is valid but outside the subset raises Unsupported at the construct; invalid Python
// raises SyntaxError. The AST views into `src`, which must outlive it.
#pragma once

#include <string_view>
#include <vector>

#include "frontend/ast.h"

namespace ws::frontend {

Module parse(std::string_view src);
// The same, from tokenize(src) done by the caller (the pipeline hashes the same tokens).
Module parse(std::vector<Token> tokens);

// Python's reserved words (not the soft keywords `match`, `case`, `type`, `_`).
bool is_keyword(std::string_view s);

// Python's augmented assignment operators: "+=", "//=", "**=", ...
bool is_augmented_assign(std::string_view op);

}  // namespace ws::frontend
