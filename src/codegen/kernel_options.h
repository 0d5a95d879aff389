// The options of `@wp.kernel(...)` (warp/_src/context.py `kernel`): which module the kernel joins, and
// the options that enter its Kernel.options. Arguments Warp rejects at decoration, and options whose
// effect on this module's code is not reproduced, are declined.
#pragma once

#include <optional>

#include "codegen/module_env.h"
#include "frontend/ast.h"

namespace ws::codegen {

struct KernelOptions {
  // enable_backward when given explicitly: it joins the kernel's options (and hash) as
  // "enable_backward:True" (ModuleHasher._hash_kernel_identity).
  std::optional<bool> enable_backward;
  // module="unique" or another module's name: the kernel is registered in a module of its own, so the
  // file's module (the one the reference generates code for) does not contain it.
  bool other_module = false;
};

// `call` is the decorator call `wp.kernel(...)`.
KernelOptions kernel_options(const ModuleEnv& env, const frontend::Expr& call);

}  // namespace ws::codegen
