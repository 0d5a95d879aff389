#include "types/type.h"

#include <array>

#include "core/string_map.h"
#include "types/query.h"
#include "types/tile.h"

namespace ws::types {
namespace {

struct ScalarRow {
  Scalar scalar;
  std::string_view name;        // Warp class name and the C++ name after "wp::"
  std::string_view code;        // get_type_code
  std::string_view vec_suffix;  // vec3f, vec3i, ...
};

// One row per Warp scalar type (warp/_src/types.py: scalar_types, type codes, vector aliases).
constexpr std::array<ScalarRow, 12> kScalars = {{
    {Scalar::Bool, "bool", "b", "b"},
    {Scalar::Int8, "int8", "i1", "b"},
    {Scalar::Int16, "int16", "i2", "s"},
    {Scalar::Int32, "int32", "i4", "i"},
    {Scalar::Int64, "int64", "i8", "l"},
    {Scalar::UInt8, "uint8", "u1", "ub"},
    {Scalar::UInt16, "uint16", "u2", "us"},
    {Scalar::UInt32, "uint32", "u4", "ui"},
    {Scalar::UInt64, "uint64", "u8", "ul"},
    {Scalar::Float16, "float16", "f2", "h"},
    {Scalar::Float32, "float32", "f4", "f"},
    {Scalar::Float64, "float64", "f8", "d"},
}};

const ScalarRow& row(Scalar s) {
  return kScalars[static_cast<size_t>(s)];
}

std::string scalar_ctype(Scalar s) {
  if (s == Scalar::Bool) return "bool";
  return "wp::" + std::string(row(s).name);
}

std::string element_ctype(Kind k, Scalar s, int rows, int cols, const StructDef* st) {
  switch (k) {
    case Kind::Struct:
      return st->native_name;
    case Kind::Vector:
      return "wp::vec_t<" + std::to_string(rows) + ", " + scalar_ctype(s) + ">";
    case Kind::Matrix:
      return "wp::mat_t<" + std::to_string(rows) + ", " + std::to_string(cols) + ", " + scalar_ctype(s) + ">";
    case Kind::Quat:
      return "wp::quat_t<" + scalar_ctype(s) + ">";
    case Kind::Transform:
      return "wp::transform_t<" + scalar_ctype(s) + ">";
    default:
      return scalar_ctype(s);
  }
}

std::string element_code(Kind k, Scalar s, int rows, int cols, const StructDef* st) {
  if (k == Kind::Struct) return st->native_name;
  std::string code(row(s).code);
  switch (k) {
    case Kind::Vector:
      return "v" + std::to_string(rows) + code;
    case Kind::Matrix:
      return "m" + std::to_string(rows) + std::to_string(cols) + code;
    case Kind::Quat:
      return "q" + code;
    case Kind::Transform:
      return "t" + code;
    default:
      return code;
  }
}

}  // namespace

std::string_view array_class_name(ArrayClass c) {
  switch (c) {
    case ArrayClass::Indexed:
      return "indexedarray";
    case ArrayClass::Fabric:
      return "fabricarray";
    case ArrayClass::IndexedFabric:
      return "indexedfabricarray";
    default:
      return "array";
  }
}

std::string_view array_code_prefix(ArrayClass c) {
  switch (c) {
    case ArrayClass::Indexed:
      return "ia";
    case ArrayClass::Fabric:
      return "fa";
    case ArrayClass::IndexedFabric:
      return "ifa";
    default:
      return "a";
  }
}

bool is_float_scalar(Scalar s) {
  return s == Scalar::Float16 || s == Scalar::Float32 || s == Scalar::Float64;
}
bool is_int_scalar(Scalar s) {
  return s != Scalar::Bool && !is_float_scalar(s);
}
std::string_view scalar_name(Scalar s) {
  return row(s).name;
}

Type Type::array_of(const Type& dtype, int ndim, ArrayClass cls) {
  Type t = dtype;
  t.dtype_kind = dtype.kind;
  t.kind = Kind::Array;
  t.ndim = static_cast<uint8_t>(ndim);
  t.reference = false;
  t.array_class = cls;
  return t;
}

bool Type::is_int() const {
  return kind == Kind::Scalar && is_int_scalar(scalar);
}
bool Type::is_float() const {
  return kind == Kind::Scalar && is_float_scalar(scalar);
}

Type Type::dtype() const {
  Type t{dtype_kind, scalar, rows, cols};
  t.strct = strct;
  return t;
}
Type Type::value() const {
  Type t = *this;
  t.reference = false;
  return t;
}
Type Type::as_reference() const {
  Type t = *this;
  t.reference = true;
  return t;
}

std::string Type::ctype() const {
  std::string s;
  switch (kind) {
    case Kind::Array:  // Var.type_to_ctype: wp::<class name>_t<dtype>
      s = "wp::" + std::string(array_class_name(array_class)) + "_t<" +
          element_ctype(dtype_kind, scalar, rows, cols, strct) + ">";
      break;
    case Kind::Range:
      s = "wp::range_t";
      break;
    case Kind::Slice:
      s = "wp::slice_t";
      break;
    case Kind::Shape:
      s = "wp::shape_t";
      break;
    case Kind::Tile:
      s = tile->ctype();
      break;
    case Kind::Tuple:  // Var.type_to_ctype of a tuple_t
      s = "wp::tuple_t<";
      for (int i = 0; i < rows; ++i) s += (i ? ", " : "") + scalar_ctype(scalar);
      s += ">";
      break;
    case Kind::Str:
      s = "wp::str";
      break;
    case Kind::Query:
      s = query_ctype(query, scalar);
      break;
    case Kind::Void:
      s = "void";
      break;
    default:
      s = element_ctype(kind, scalar, rows, cols, strct);
  }
  if (reference) s += "*";
  return s;
}

std::string Type::type_code() const {
  // never hashed (kernel and function parameters cannot be tiles, tuples or strings): named for messages
  if (kind == Kind::Tile) return "tile";
  if (kind == Kind::Tuple) return "tuple";
  if (kind == Kind::Str) return "str";
  if (kind == Kind::Slice) return "slice";
  if (kind == Kind::Array)
    return std::string(array_code_prefix(array_class)) + std::to_string(ndim) +
           element_code(dtype_kind, scalar, rows, cols, strct);
  if (kind == Kind::Query) return std::string(query_type_code(query, scalar));
  return element_code(kind, scalar, rows, cols, strct);
}

namespace {

std::optional<Type> find_type_name(std::string_view name, bool python_builtin) {
  if (python_builtin) {
    if (name == "float") return Type::scalar_of(Scalar::Float32);
    if (name == "int") return Type::scalar_of(Scalar::Int32);
    if (name == "bool") return Type::scalar_of(Scalar::Bool);
    return std::nullopt;
  }
  for (const ScalarRow& r : kScalars) {
    if (name == r.name) return Type::scalar_of(r.scalar);
  }
  // quat/transform (float32) and their h/f/d variants
  for (const ScalarRow& r : kScalars) {
    if (!is_float_scalar(r.scalar)) continue;
    if (name == "quat" + std::string(r.vec_suffix) || (name == "quat" && r.scalar == Scalar::Float32))
      return Type::quat_of(r.scalar);
    if (name == "transform" + std::string(r.vec_suffix) || (name == "transform" && r.scalar == Scalar::Float32))
      return Type::transform_of(r.scalar);
  }
  // spatial_vector / spatial_matrix (float32) and their h/f/d variants: plain 6-vectors and 6x6
  // matrices in Warp (types.py), hashed and spelled as vec_t<6, T> / mat_t<6, 6, T>
  for (const ScalarRow& r : kScalars) {
    if (!is_float_scalar(r.scalar)) continue;
    const bool plain = r.scalar == Scalar::Float32;
    if (name == "spatial_vector" + std::string(r.vec_suffix) || (plain && name == "spatial_vector"))
      return Type::vector_of(6, r.scalar);
    if (name == "spatial_matrix" + std::string(r.vec_suffix) || (plain && name == "spatial_matrix"))
      return Type::matrix_of(6, 6, r.scalar);
  }
  // vecN (float32), vecN<suffix>, matNN (float32), matNN<suffix>
  for (int n = 2; n <= 4; ++n) {
    std::string vec = "vec" + std::to_string(n);
    std::string mat = "mat" + std::to_string(n) + std::to_string(n);
    if (name == vec) return Type::vector_of(n, Scalar::Float32);
    if (name == mat) return Type::matrix_of(n, n, Scalar::Float32);
    for (const ScalarRow& r : kScalars) {
      if (r.scalar == Scalar::Bool) continue;
      if (name == vec + std::string(r.vec_suffix)) return Type::vector_of(n, r.scalar);
      if (r.scalar == Scalar::Float16 || r.scalar == Scalar::Float32 || r.scalar == Scalar::Float64) {
        if (name == mat + std::string(r.vec_suffix)) return Type::matrix_of(n, n, r.scalar);
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Type> lookup_type_name(std::string_view name, bool python_builtin) {
  // A handful of names recur in every module: remember each answer (per thread, no locking), looked
  // up by view so a hit allocates nothing.
  thread_local StringMap<std::optional<Type>> cache[2];
  auto& c = cache[python_builtin ? 1 : 0];
  auto it = c.find(name);
  if (it == c.end()) it = c.emplace(std::string(name), find_type_name(name, python_builtin)).first;
  return it->second;
}

}  // namespace ws::types
