// @wp.struct classes: warp._src.codegen.Struct (field types, hash and C++ name) and codegen_struct (the
// C++ struct with its constructors and adjoint helpers that every module using the struct starts with).
#pragma once

#include <memory>
#include <string>

#include "codegen/module_env.h"
#include "types/type.h"

namespace ws::codegen {

// Builds the struct a `@wp.struct class Name:` statement defines, declining field types and class
// bodies it does not model (indexed or fabric array fields, defaults, methods, decorator options).
std::unique_ptr<types::StructDef> define_struct(const ModuleEnv& env, const frontend::Stmt& cls);

// codegen_struct(struct) without tile helpers (no tiles are modelled).
std::string codegen_struct(const types::StructDef& s);

}  // namespace ws::codegen
