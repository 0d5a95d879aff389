// Text emission: Warp's codegen_func / codegen_kernel / codegen_module / ModuleBuilder.codegen for the
// default module options (block_dim 256, backward enabled, no line directives; grid-stride or lean CUDA kernels).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "codegen/adjoint.h"
#include "core/device.h"

namespace ws::codegen {

struct KernelBuild {
  Adjoint* adj;
  std::string mangled;
  bool enable_backward = true;
  bool grid_stride = true;  // CUDA: the grid-stride loop templates, or the lean ones (one index per thread)
  const KernelOptions* options = nullptr;  // the CUDA attributes codegen_kernel writes
};

// One translation unit per device, in the order given. Work that does not depend on
// the device (struct definitions, declarations, @wp.func bodies) is done once. `lto_decls`
// (ModuleBuild::lto_decls) are declared in the CUDA module only, as ModuleBuilder.codegen declares them.
std::vector<std::string> emit_modules(const std::vector<const types::StructDef*>& structs,
                                      const std::vector<Adjoint*>& functions, const std::vector<KernelBuild>& kernels,
                                      const std::map<std::string, std::string>& lto_decls, const std::string& path,
                                      const std::vector<Device>& devices);

}  // namespace ws::codegen
