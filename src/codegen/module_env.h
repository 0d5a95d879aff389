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
#include <utility>
#include <vector>

#include "core/string_map.h"
#include "frontend/ast.h"
#include "lang/class_constants.h"
#include "types/type.h"

namespace ws::codegen {

// A Python value as Warp captures it (a literal or a module-level constant).
struct PyValue {
  // Vec: a module-level vector value (wp.vec3(...), wp.vec2d(...), an alias of wp.types.vector called
  // with its elements), a ctypes array in Warp; Str: a string literal (a printf format; a tile
  // builtin's storage="shared")
  enum class Kind : uint8_t { Int, Float, Bool, Vec, Str } kind = Kind::Int;
  int64_t i = 0;
  double f = 0;
  std::array<double, 4> vec{};  // Vec elements as its ctypes elements hold them (float32 ones rounded)
  uint8_t len = 0;              // Vec length
  // Vec: its dtype. With warp_scalar: the Warp scalar class of a module-level `wp.int64(5)`, whose
  // Python value (i or f, unconverted: wp.float32(0.1).value is 0.1) Warp keeps as it was given.
  types::Scalar scalar = types::Scalar::Float32;
  bool warp_scalar = false;
  std::string_view str = {};  // Str: the string's value, in storage that outlives the value

  static PyValue of_int(int64_t v) { return {Kind::Int, v}; }
  static PyValue of_float(double v) { return {Kind::Float, 0, v}; }
  static PyValue of_bool(bool v) { return {Kind::Bool, v ? 1 : 0}; }
  static PyValue of_str(std::string_view v) {
    PyValue p{Kind::Str};
    p.str = v;
    return p;
  }
};

// What `@wp.kernel(...)` sets (read from the decorator by kernel_options.h).
struct KernelOptions {
  // enable_backward when given explicitly (the module's otherwise: ModuleEnv::enable_backward)
  std::optional<bool> enable_backward;
  // grid_stride when given explicitly (the module's default otherwise: resolve_grid_stride)
  std::optional<bool> grid_stride;
  // module="unique" or another module's name: the kernel is registered in a module of its own, so the
  // file's module (the one the reference generates code for) does not contain it.
  bool other_module = false;
  // Kernel.options as ModuleHasher._hash_kernel_identity hashes them: "name:str(value)", in name order
  std::vector<std::string> hashed;
  // codegen_kernel's CUDA attributes ("" when not set): launch_bounds_str, max_registers_str,
  // cluster_dims_str, and WP_ENABLE_SMEM_SPILLING() in both entry points (kernels without shared memory)
  std::string launch_bounds_str, max_registers_str, cluster_dims_str;
  bool smem_spilling = false;
};

struct FuncInfo;

// A wp.static(...) call that Warp evaluated when its function was declared
// (Adjoint.replace_static_expressions): the call node stands for a constant, or for a @wp.func.
struct StaticExpr {
  const frontend::Expr* call = nullptr;
  std::string code;              // the argument's source text, its key in the function's hash
  std::optional<PyValue> value;  // a Python number or bool...
  FuncInfo* func = nullptr;      // ...or a @wp.func
};

struct FuncInfo {
  const frontend::Stmt* def = nullptr;
  bool is_kernel = false;
  std::string key;                             // Warp's key: the qualified name
  std::string native;                          // C++ name of a @wp.func ("sq_0"); kernels use their mangled name
  std::string source;                          // adj.source: the dedented function source, decorators included
  std::vector<std::string_view> source_lines;  // adj.source.splitlines()
  int fun_lineno = 0;                          // line of the first decorator (co_firstlineno)
  KernelOptions kernel_options;                // kernels only
  std::vector<StaticExpr> statics;             // in Warp's order of evaluation
  // a generic kernel's instances (Kernel.overloads: the types of all its parameters), in creation order
  std::vector<std::vector<types::Type>> overloads;
  // A @wp.func's Function.user_overloads: the definitions a call through this Function resolves among,
  // in insertion order, itself included. A definition of a name already bound to a @wp.func adds
  // itself there, or replaces the one of its signature (Module.register_function).
  std::vector<FuncInfo*> user_overloads;
  // get_signature of its parameter types ("f4_v3f4"), set where a redefinition makes overloads:
  // ModuleHasher.hash_function hashes the overloads in signature order
  std::string signature;

  const StaticExpr* find_static(const frontend::Expr& e) const {
    for (const StaticExpr& s : statics) {
      if (s.call == &e) return &s;
    }
    return nullptr;
  }
};

struct Global {
  // OtherModule: a non-warp module, which kernels cannot use. Tuple: a tuple of numbers, which kernels
  // cannot use either, but wp.static() expressions can (`len(T)`, `T[0]`). Opaque: a name host code may
  // bind (see host_code.h), whose final value is unknown; build_module_env declines any function naming one.
  // TypingAny: typing.Any bound by `from typing import Any`, the annotation of generic parameters.
  // TypingLiteral: typing.Literal (`from typing import Literal`): an array annotation's ndim,
  // `wp.array[float, Literal[2]]`.
  // Dict: a dict of @wp.func by plain string keys (`{"double": f}`), which only wp.static() expressions
  // can use (`wp.static(D["double"])`).
  // TypeAlias: a composite value type bound at module level (`V = wp.vec3`, `vec6f =
  // wp.types.vector(length=6, dtype=float)`): an annotation, and a constructor in kernels (type_alias.h).
  enum class Kind : uint8_t {
    WarpModule,
    OtherModule,
    Constant,
    Tuple,
    Function,
    Kernel,
    Struct,
    Opaque,
    TypingAny,
    TypingLiteral,
    TypeAlias,
    Dict
  } kind;
  PyValue value{};                                                // Constant
  FuncInfo* func = nullptr;                                       // Function, Kernel
  const types::StructDef* strct = nullptr;                        // Struct
  std::vector<PyValue> items{};                                   // Tuple
  std::vector<std::pair<std::string_view, FuncInfo*>> entries{};  // Dict, in insertion order
  std::string module{};                                           // OtherModule: its dotted name ("math", "numpy")
  types::Type type{};                                             // TypeAlias: the type
  // TypeAlias: the class object's identity, for ModuleHasher's referenced types ("wp:v3f4" for a warp
  // class, the functools.cache key of a wp.types.vector()/matrix() call) and the binding's line
  std::string type_id{};
  int line = 0;
};

struct ModuleEnv {
  std::string path;
  // Looked up for every name in every function (hundreds of times per module); the order is irrelevant.
  StringMap<Global> globals;
  std::vector<std::unique_ptr<FuncInfo>> functions;        // in definition order, kernels included
  std::vector<std::unique_ptr<types::StructDef>> structs;  // @wp.struct classes, in definition order
  bool enable_backward = true;      // Module.options["enable_backward"]: kernel_options.h ModuleOptions
  bool default_grid_stride = true;  // Module.options["default_grid_stride"], resolved: ModuleOptions
  int max_unroll = 16;              // Module.options["max_unroll"]: constant ranges up to it are unrolled
  // Module.options["enable_mathdx_gemm" | "_solver" | "_fft"]: off, CUDA dispatches tile_matmul, the tile
  // solvers and the tile FFTs as the CPU does (no LTO symbols), as when Warp is built without libmathdx
  struct MathDx {
    bool gemm = true, solver = true, fft = true;
  } mathdx;

  const Global* find(std::string_view name) const {
    auto it = globals.find(name);
    return it == globals.end() ? nullptr : &it->second;
  }
};

struct ImportSearch;

// Whether `e` is a name bound to the warp module.
bool is_warp_alias(const ModuleEnv& env, const frontend::Expr& e);

// The constants Warp's resolve_static_expression finds through the warp module (lang/class_constants.h):
// `wp.pi` (a Python float) or `wp.Volume.LINEAR` (an int), where `is_warp(name)` holds for its first
// name; nullopt for any other expression. The codegen, the hasher and py_eval all resolve them here.
template <class IsWarp>
std::optional<PyValue> warp_constant(const frontend::Expr& e, IsWarp&& is_warp) {
  if (e.kind != frontend::ExprKind::Attribute) return std::nullopt;
  const frontend::Expr& base = *e.items[0];
  if (is_warp(base)) {
    if (auto v = lang::module_constant(e.text)) return PyValue::of_float(*v);
  } else if (base.kind == frontend::ExprKind::Attribute && is_warp(*base.items[0])) {
    if (auto v = lang::class_constant(base.text, e.text)) return PyValue::of_int(*v);
  }
  return std::nullopt;
}

// Builds the environment from a parsed module. Module-level statements it does not model are host code
// (host_code.h): the names they may bind become opaque, and code that could change what Warp generates
// is declined (Unsupported). Star imports are read through `imports` (star_import.h; null: declined).
ModuleEnv build_module_env(const frontend::Module& m, std::string_view src, std::string_view path,
                           const ImportSearch* imports);

}  // namespace ws::codegen
