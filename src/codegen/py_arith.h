// Python's arithmetic on module-level numbers (`DT = 1.0 / 60.0`, `N = 2 ** 10`), for the constants
// Warp captures: exactly what CPython computes, or nullopt where that is not certain (results beyond
// int64, float floor division and modulo, powers with special cases, operations that raise).
#pragma once

#include <optional>
#include <string_view>

#include "codegen/module_env.h"

namespace ws::codegen {

// `a <op> b` for op in + - * / // % ** on Int and Float values (bools are not accepted).
std::optional<PyValue> py_binary(const PyValue& a, std::string_view op, const PyValue& b);

}  // namespace ws::codegen
