// Warp's ModuleHasher.hash_kernel for the native subset: sha256 over the function source, the argument
// type codes, and the constants, value types and user functions its AST references (found with
// Warp's breadth-first traversal so first-occurrence order matches). The first 8 hex digits name
// the kernel in C++ ("k_194b9d25").
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "codegen/module_env.h"
#include "core/sha256.h"

namespace ws::codegen {

using Digest = Sha256Digest;

class Hasher {
 public:
  explicit Hasher(const ModuleEnv& env) : env_(env) {}
  // `overload`: the parameter types of one instance of a generic kernel (its Adjoint's arg_types)
  Digest hash_kernel(const FuncInfo& kernel, const std::vector<types::Type>& overload = {});

 private:
  Digest hash_function(const FuncInfo& f);
  Digest hash_adjoint(const FuncInfo& f, const std::vector<types::Type>& overload = {});

  const ModuleEnv& env_;
  std::map<const FuncInfo*, Digest> function_hashes_;
  std::set<const FuncInfo*> in_progress_;  // ModuleHasher.functions_in_progress: recursion guard
};

}  // namespace ws::codegen
