// ModuleBuild, the native side of ModuleBuilder: builds @wp.func functions on first use, callees before
// callers (build_function), declines recursion, registers structs (build_struct_recursive) and marks
// the functions backward kernels reach (_propagate_used_by_backward_kernel).
#include <algorithm>

#include "codegen/adjoint.h"
#include "frontend/unsupported.h"

namespace ws::codegen {

using frontend::decline;

// build_struct_recursive: a depth-first walk with a stack over nested struct fields, registered in
// reverse so that every struct follows the structs it contains.
void ModuleBuild::use_struct(const types::StructDef* s) {
  std::vector<const types::StructDef*> walk, stack{s};
  while (!stack.empty()) {
    const types::StructDef* x = stack.back();
    stack.pop_back();
    walk.push_back(x);
    for (const auto& field : x->fields) {
      if (field.second.strct) stack.push_back(field.second.strct);  // a struct, or an array of structs
    }
  }
  for (auto it = walk.rbegin(); it != walk.rend(); ++it) {
    if (std::find(struct_order_.begin(), struct_order_.end(), *it) == struct_order_.end()) struct_order_.push_back(*it);
  }
}

// Function.get_overload: a generic function's overloads are instantiated once per signature (a shallow
// copy of the Function, so the same native name) and built, like any callee, on first use.
Adjoint& ModuleBuild::function(FuncInfo& f, const std::vector<types::Type>& overload) {
  for (auto* a : function_order_) {
    if (&a->info == &f && a->overload == overload) return *a;
  }
  if (!in_progress_.insert(&f).second) decline("recursive function", f.def->pos);
  if (!overload.empty()) overloads_.emplace_back(&f, overload);
  auto adj = std::make_unique<Adjoint>(env_, f, *this);
  adj->overload = overload;
  adj->build();
  in_progress_.erase(&f);
  function_order_.push_back(adj.get());
  adjoints_.push_back(std::move(adj));
  return *adjoints_.back();
}

const std::vector<types::Type>* ModuleBuild::instantiated_overload(const FuncInfo& f,
                                                                   const std::vector<types::Type>& args) const {
  for (const auto& [g, types] : overloads_) {
    if (g == &f && std::equal(types.begin(), types.end(), args.begin(), args.end(), func_match_arg)) return &types;
  }
  return nullptr;
}

void ModuleBuild::propagate_backward_use(const std::vector<Adjoint*>& backward_kernels) {
  std::vector<Adjoint*> work = backward_kernels;
  while (!work.empty()) {
    Adjoint* a = work.back();
    work.pop_back();
    for (Adjoint* c : a->callees) {
      if (!c->used_by_backward_kernel) {
        c->used_by_backward_kernel = true;
        work.push_back(c);
      }
    }
  }
}

Adjoint& ModuleBuild::kernel(FuncInfo& f, const std::vector<types::Type>& overload) {
  auto adj = std::make_unique<Adjoint>(env_, f, *this);
  adj->overload = overload;
  adj->build();
  adjoints_.push_back(std::move(adj));
  return *adjoints_.back();
}

}  // namespace ws::codegen
