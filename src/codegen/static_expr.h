// wp.static(): Warp evaluates the argument on the host, in Python, when the function is declared
// (Adjoint.replace_static_expressions, evaluate_static_expression), and replaces the call by the value
// (an ast.Constant) or by the @wp.func it names; the argument's source text and the value then join the
// function's hash (ModuleHasher.hash_adjoint). The native backend evaluates the forms py_eval.h knows;
// an argument that names an enclosing loop's variable, or that Python could not evaluate at
// declaration (Warp then defers it to code generation), and every other value are declined.
#pragma once

#include <span>
#include <string_view>

#include "codegen/module_env.h"

namespace ws::codegen {

// Fills f.statics for the function f.def, against the globals bound so far (its declaration point);
// `lines` are the file's lines. Declines (Unsupported) a wp.static() it cannot resolve exactly.
void resolve_static_expressions(const ModuleEnv& env, FuncInfo& f, std::span<const std::string_view> lines);

}  // namespace ws::codegen
