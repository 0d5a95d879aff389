// Warp value types as the native backend models them. A Type is a small value (no allocation) that
// knows its C++ spelling (Var.type_to_ctype in Warp) and its hash code (types.get_type_code), the two
// strings that end up in generated code and in the kernel hash.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ws::types {

enum class Scalar : uint8_t {
  Bool,
  Int8,
  Int16,
  Int32,
  Int64,
  UInt8,
  UInt16,
  UInt32,
  UInt64,
  Float16,
  Float32,
  Float64
};

// Tile and Tuple exist only inside kernels that use tiles: a tile (types/tile.h), the tuple an argument
// such as `shape=(M, N)` builds (wp::tuple_t of `rows` int32s). Str is a string constant (wp::str):
// printf's format, or a tile builtin's `storage="shared"`. Query: a spatial query (below). Void:
// what a builtin declared with value_type=None returns (volume_store_f: a call, no result).
enum class Kind : uint8_t {
  Scalar,
  Vector,
  Matrix,
  Quat,
  Transform,
  Array,
  Range,
  Slice,  // an array subscript's slice (wp::slice_t): only the array view takes it
  Shape,
  Struct,
  Tile,
  Tuple,
  Str,
  Query,
  Void
};

// The kernel-only types of Warp's spatial queries (types/query.h): what wp.hash_grid_query,
// wp.mesh_query_point, wp.bvh_query_aabb, ... return. A Type of kind Query names one of them here.
enum class Query : uint8_t {
  None,
  HashGrid,    // HashGridQuery and its float16/float64 kinds (the Type's scalar): hash_grid_query_[hfd]
  MeshPoint,   // MeshQueryPoint: mesh_query_point_t
  MeshRay,     // MeshQueryRay: mesh_query_ray_t
  MeshAabb,    // MeshQueryAABB: mesh_query_aabb_t
  MeshSphere,  // _MeshQuerySphere: mesh_query_aabb_t too, a kind of its own for overloads
  BvhAabb,     // _BvhQueryAabb: bvh_query_t, and the other BVH query kinds below
  BvhRay,      // _BvhQueryRay
  BvhCapsule,  // _BvhQueryCapsule
  BvhSphere,   // _BvhQuerySphere
  Mesh,        // Mesh: the mesh descriptor wp.mesh_get returns (wp::Mesh), read through its array fields
};

// An array's concrete class (types.concrete_array_type): its C++ descriptor (wp::array_t,
// wp::indexedarray_t, ...) and type-code prefix (a, ia, fa, ifa). Builtins written for `array(dtype=Any)`
// take plain arrays only; the element access builtins (address, array_store, atomics) take every class.
enum class ArrayClass : uint8_t { Plain, Indexed, Fabric, IndexedFabric };

struct StructDef;  // a @wp.struct class (below)
struct TileDef;    // a tile's element type, shape and storage (types/tile.h)

struct Type {
  Kind kind = Kind::Scalar;
  Scalar scalar = Scalar::Float32;   // element scalar (of the dtype, for arrays)
  uint8_t rows = 0;                  // vector length / matrix rows (of the dtype, for arrays)
  uint8_t cols = 0;                  // matrix columns
  uint8_t ndim = 0;                  // arrays only
  Kind dtype_kind = Kind::Scalar;    // arrays only: the element kind
  bool reference = false;            // a pointer into an array (Warp's Reference type)
  Query query = Query::None;         // Query only: which query type
  const StructDef* strct = nullptr;  // Struct (or an array of structs): owned by the module environment
  // Tile: owned by the Adjoint. Mutable and compared by identity, as Warp's tile type objects are: a
  // value_func may move its argument's tile to shared storage after the tile was declared.
  TileDef* tile = nullptr;
  ArrayClass array_class = ArrayClass::Plain;  // arrays only

  static constexpr Type scalar_of(Scalar s) { return Type{Kind::Scalar, s}; }
  static constexpr Type vector_of(int n, Scalar s) { return Type{Kind::Vector, s, static_cast<uint8_t>(n)}; }
  static constexpr Type matrix_of(int r, int c, Scalar s) {
    return Type{Kind::Matrix, s, static_cast<uint8_t>(r), static_cast<uint8_t>(c)};
  }
  static constexpr Type quat_of(Scalar s) { return Type{Kind::Quat, s, 4}; }
  static constexpr Type transform_of(Scalar s) { return Type{Kind::Transform, s, 7}; }
  static Type array_of(const Type& dtype, int ndim, ArrayClass cls = ArrayClass::Plain);
  static Type range() { return Type{Kind::Range}; }
  static Type slice() { return Type{Kind::Slice}; }  // types.slice_t
  static Type shape() { return Type{Kind::Shape}; }  // an array's shape (wp::shape_t)
  static Type str() { return Type{Kind::Str}; }      // a string constant (wp::str): printf's format
  static constexpr Type void_type() { return Type{Kind::Void}; }
  static constexpr Type query_of(Query q, Scalar s = Scalar::Float32) {
    Type t{Kind::Query, s};
    t.query = q;
    return t;
  }
  static Type struct_of(const StructDef* s) {
    Type t{Kind::Struct};
    t.strct = s;
    return t;
  }

  static Type tile_of(TileDef* d) {
    Type t{Kind::Tile};
    t.tile = d;
    return t;
  }
  static Type int_tuple(int n) { return Type{Kind::Tuple, Scalar::Int32, static_cast<uint8_t>(n)}; }

  bool is_bool() const { return kind == Kind::Scalar && scalar == Scalar::Bool; }
  bool is_scalar() const { return kind == Kind::Scalar && scalar != Scalar::Bool; }
  bool is_int() const;    // integer scalar (not bool)
  bool is_float() const;  // float scalar
  bool is_vector() const { return kind == Kind::Vector; }
  bool is_matrix() const { return kind == Kind::Matrix; }
  bool is_quat() const { return kind == Kind::Quat; }
  bool is_transform() const { return kind == Kind::Transform; }
  bool is_array() const { return kind == Kind::Array; }  // of any class
  bool is_plain_array() const { return kind == Kind::Array && array_class == ArrayClass::Plain; }
  bool is_struct() const { return kind == Kind::Struct; }
  bool is_tile() const { return kind == Kind::Tile; }
  bool is_query() const { return kind == Kind::Query; }
  bool is_void() const { return kind == Kind::Void; }
  Type dtype() const;  // element type of an array
  Type value() const;  // the type without the reference
  Type as_reference() const;

  std::string ctype() const;      // e.g. "wp::vec_t<3, wp::float32>", with "*" for references
  std::string type_code() const;  // e.g. "v3f4", "a1f4", "ia2f4"

  friend bool operator==(const Type&, const Type&) = default;
};

// codegen.Struct: the fields in declaration order, the key (the class's qualified name), the sha256
// of key and "name:typecode" per field, and the C++ name `<key>_<first 8 hex digits of the hash>`.
struct StructDef {
  std::string key;
  std::string native_name;
  std::string hash;  // the 32 raw digest bytes
  std::vector<std::pair<std::string, Type>> fields;
  int line = 0;  // the `class` line: annotations above it cannot name the struct yet
  const Type* field(std::string_view name) const {
    for (const auto& [n, t] : fields) {
      if (n == name) return &t;
    }
    return nullptr;
  }
};

std::string_view array_class_name(ArrayClass c);   // Warp's class name: "array", "indexedarray", ...
std::string_view array_code_prefix(ArrayClass c);  // get_type_code's prefix: "a", "ia", "fa", "ifa"
bool is_float_scalar(Scalar s);
bool is_int_scalar(Scalar s);
std::string_view scalar_name(Scalar s);  // Warp's class name: "float32", "int32", "bool"

// Maps a Warp type name as written after `wp.` (or a bare Python builtin such as `float`) to a Type:
// "float32", "vec3", "vec3f", "vec2i", "mat33", "int", ... Returns nullopt for anything else.
std::optional<Type> lookup_type_name(std::string_view name, bool python_builtin);

}  // namespace ws::types
