// The module-level view of a source file, as Warp sees it after `exec`: which names are bound to the
// warp module, to constants, to @wp.func functions and to @wp.kernel kernels, plus what Warp derives
// per function before codegen (its extracted source text, first line and C++ name).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_map.h"
#include "frontend/ast.h"
#include "types/type.h"

namespace ws::codegen {

// A Python scalar as Warp captures it (a literal or a module-level constant).
struct PyValue {
  // FloatVec: a module-level wp.vecN(...) of float32 (a ctypes array in Warp)
  enum class Kind : uint8_t { Int, Float, Bool, FloatVec } kind = Kind::Int;
  int64_t i = 0;
  double f = 0;
  std::array<float, 4> vec{};  // FloatVec elements, float32 as ctypes stores them
  uint8_t len = 0;             // FloatVec length

  static PyValue of_int(int64_t v) { return {Kind::Int, v}; }
  static PyValue of_float(double v) { return {Kind::Float, 0, v}; }
  static PyValue of_bool(bool v) { return {Kind::Bool, v ? 1 : 0}; }
};

struct FuncInfo {
  const frontend::Stmt* def = nullptr;
  bool is_kernel = false;
  std::string key;                             // Warp's key: the qualified name
  std::string native;                          // C++ name of a @wp.func ("sq_0"); kernels use their mangled name
  std::string source;                          // adj.source: the dedented function source, decorators included
  std::vector<std::string_view> source_lines;  // adj.source.splitlines()
  int fun_lineno = 0;                          // line of the first decorator (co_firstlineno)
  // @wp.kernel(enable_backward=...) when given explicitly: it joins the kernel's options (and hash).
  std::optional<bool> enable_backward;
};

struct Global {
  // OtherModule: a non-warp module, which kernels cannot use. Opaque: a name host code may bind (see
  // host_code.h), whose final value is unknown; build_module_env declines any function naming one.
  enum class Kind : uint8_t { WarpModule, OtherModule, Constant, Function, Kernel, Struct, Opaque } kind;
  PyValue value;                            // Constant
  FuncInfo* func = nullptr;                 // Function, Kernel
  const types::StructDef* strct = nullptr;  // Struct
};

struct ModuleEnv {
  std::string path;
  // Looked up for every name in every function (hundreds of times per module); the order is irrelevant.
  StringMap<Global> globals;
  std::vector<std::unique_ptr<FuncInfo>> functions;        // in definition order, kernels included
  std::vector<std::unique_ptr<types::StructDef>> structs;  // @wp.struct classes, in definition order

  const Global* find(std::string_view name) const {
    auto it = globals.find(name);
    return it == globals.end() ? nullptr : &it->second;
  }
};

struct ImportSearch;

// Builds the environment from a parsed module. Module-level statements it does not model are host code
// (host_code.h): the names they may bind become opaque, and code that could change what Warp generates
// is declined (Unsupported). Star imports are read through `imports` (star_import.h; null: declined).
ModuleEnv build_module_env(const frontend::Module& m, std::string_view src, std::string_view path,
                           const ImportSearch* imports);

}  // namespace ws::codegen
