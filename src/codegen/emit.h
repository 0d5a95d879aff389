// Text emission: Warp's codegen_func / codegen_kernel / codegen_module / ModuleBuilder.codegen for the
// default module options (block_dim 256, backward enabled, grid-stride CUDA kernels, no line directives).
#pragma once

#include <string>
#include <vector>

#include "codegen/adjoint.h"

namespace ws::codegen {

struct KernelBuild {
  Adjoint* adj;
  std::string mangled;
  bool enable_backward = true;
};

std::string emit_module(const std::vector<const types::StructDef*>& structs, const std::vector<Adjoint*>& functions,
                        const std::vector<KernelBuild>& kernels, const std::string& path, const std::string& device);

}  // namespace ws::codegen
