// Module-level wp.overload calls on generic kernels (context.py overload() and Kernel.add_overload):
//   wp.overload(kernel, [T, ...])              the list form (`[T] * n` too)
//   wp.overload(kernel, {"arg": T, ...})       the dict form: the other parameters keep their annotation
//   name = wp.overload(...)                    its result (the overload Kernel) bound to a name
//   for x in (A, B): wp.overload(kernel, ...)  a loop over a literal tuple or list (of tuples, unpacked)
// Each adds one instance of the kernel to its FuncInfo::overloads (once per signature); the module's
// codegen builds every instance (native.cpp). The parser leaves these statements to host code (a list
// display, a module-level `for`), so they are read from their tokens here.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "codegen/host_code.h"
#include "codegen/module_env.h"

namespace ws::codegen {

// Whether `f` is a generic kernel (types.type_is_generic of a parameter annotation: Kernel.is_generic).
bool is_generic_kernel(const ModuleEnv& env, const FuncInfo& f);

// If the module-level statement `toks` (of source `src`) is one of the forms above, records its
// overloads and returns the names it binds (assignment and loop targets: opaque to kernels); nullopt
// for any other statement. Declines (Unsupported) an overload call Warp would reject or that the
// native backend does not model (a kernel that is not a module-level generic @wp.kernel, types it
// cannot read, wp.static() in the kernel: Warp re-evaluates it for each instance).
std::optional<std::vector<HostName>> kernel_overload_statement(ModuleEnv& env, std::span<const frontend::Token> toks,
                                                               std::string_view src);

}  // namespace ws::codegen
