// The options of `@wp.kernel(...)` (warp/_src/context.py `kernel`): which module the kernel joins, the
// options that enter its Kernel.options (and hash), and what codegen_kernel makes of them. Arguments
// Warp rejects at decoration, and options whose effect on this module's code is not reproduced
// (grid_stride=False: the lean CUDA templates; name; entry_point_abi), are declined.
#pragma once

#include "codegen/module_env.h"
#include "frontend/ast.h"

namespace ws::codegen {

// `call` is the decorator call `wp.kernel(...)`.
KernelOptions kernel_options(const ModuleEnv& env, const frontend::Expr& call);

}  // namespace ws::codegen
