// A recursive-descent parser for the kernel subset of Python, producing frontend::Module.
// Python that is valid but outside the subset raises Unsupported at the construct; invalid Python
// raises SyntaxError. The AST views into `src`, which must outlive it.
#pragma once

#include <string_view>

#include "frontend/ast.h"

namespace ws::frontend {

Module parse(std::string_view src);

}  // namespace ws::frontend
