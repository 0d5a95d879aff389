// The options of `@wp.kernel(...)` (warp/_src/context.py `kernel`): which module the kernel joins, the
// options that enter its Kernel.options (and hash), and what codegen_kernel makes of them. Arguments
// Warp rejects at decoration, and options whose effect on this module's code is not reproduced (name,
// entry_point_abi), are declined.
// And the file's own Module.options, as far as its top-level statements set them.
#pragma once

#include "codegen/module_env.h"
#include "frontend/ast.h"

namespace ws::codegen {

// `call` is the decorator call `wp.kernel(...)`.
KernelOptions kernel_options(const ModuleEnv& env, const frontend::Expr& call);

// Module.options["enable_backward"] of the file's module, the default of its kernels' enable_backward.
// Module.__init__ copies warp.config.enable_backward when the module is created (by the file's first
// @wp.kernel, @wp.func or @wp.struct, or by set_module_options); wp.set_module_options({...}) updates
// the options later, and codegen reads them once the whole file ran. Only straight top-level statements
// are modelled: the same assignment or call anywhere else is host code, and declined as such.
class ModuleOptions {
 public:
  // `wp.config.enable_backward = True|False` or `wp.set_module_options({"enable_backward": ...})`:
  // applied, true. Any other statement: false. Declines other set_module_options keys and arguments.
  bool statement(const ModuleEnv& env, const frontend::Stmt& s);
  // A definition registers into the file's module: the first one creates it.
  void create() {
    if (!created_) enable_backward_ = config_;
    created_ = true;
  }
  bool enable_backward() const { return created_ ? enable_backward_ : config_; }
  // Module.resolve_options: an unset (None) default_grid_stride is warp.config.default_grid_stride, True.
  bool default_grid_stride() const { return default_grid_stride_.value_or(true); }
  int max_unroll() const { return max_unroll_; }
  ModuleEnv::MathDx mathdx() const { return mathdx_; }

 private:
  bool config_ = true;  // warp.config.enable_backward, True by default
  bool created_ = false;
  bool enable_backward_ = true;
  std::optional<bool> default_grid_stride_;  // set_module_options({"default_grid_stride": ...})
  int max_unroll_ = 16;                      // warp.config.max_unroll, 16 by default
  ModuleEnv::MathDx mathdx_;                 // warp.config.enable_mathdx_*, True by default
};

}  // namespace ws::codegen
