// Python's evaluation of the expressions Warp runs on the host before it generates code: module-level
// constants (`DT = 0.95 * DX / math.sqrt(3.0)`, `SIZES = (4, 8)`, `wp.constant(2 * N)`) and the
// arguments of wp.static() (`N * 2`, `len(SIZES)`, `f if FAST else g`). The result is exactly what
// CPython computes, or nullopt wherever that is not certain (a name the model does not know, results
// py_arith does not model, anything that would raise), so that the caller leaves the name opaque or
// declines.
#pragma once

#include <optional>

#include "codegen/module_env.h"
#include "frontend/ast.h"

namespace ws::codegen {

// The value of a plain one-line string literal ('x' or "x", no prefix, no escapes), or nullopt.
std::optional<std::string_view> plain_string(const frontend::Expr& e);

// The value of `e` against the module's globals as bound so far, as a Global: Constant (a number or a
// bool), Tuple (of numbers and bools) or Function (a @wp.func).
std::optional<Global> py_eval(const ModuleEnv& env, const frontend::Expr& e);

// What a module-level assignment binds: py_eval's value, or a Warp value (wp.constant(x) being x): a
// Warp scalar instance (`wp.int64(5)`: PyValue::warp_scalar) or a vector (`wp.vec2d(0.5, 1.0)`: a Vec
// constant). py_eval reads neither back (a name bound to one is no Python number).
std::optional<Global> module_value(const ModuleEnv& env, const frontend::Expr& e);

}  // namespace ws::codegen
