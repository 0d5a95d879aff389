// Python's arithmetic and comparisons on module-level numbers (`DT = 1.0 / 60.0`, `N = 2 ** 10`), for the constants
// Warp captures: exactly what CPython computes, or nullopt where that is not certain (results beyond
// int64, float floor division and modulo, powers with special cases, operations that raise).
#pragma once

#include <optional>
#include <string_view>

#include "codegen/module_env.h"

namespace ws::codegen {

// `a <op> b` for op in + - * / // % ** on Int and Float values (bools are not accepted).
std::optional<PyValue> py_binary(const PyValue& a, std::string_view op, const PyValue& b);

// `a <op> b` for op in == != < <= > >= on Int, Float and Bool values (bools compare as the ints they
// are; ints and floats compare exactly, as CPython does).
std::optional<bool> py_compare(const PyValue& a, std::string_view op, const PyValue& b);

// bool(v)
bool py_truth(const PyValue& v);

}  // namespace ws::codegen
