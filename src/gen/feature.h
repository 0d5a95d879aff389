// Feature tags: what a kernel contains, for dataset statistics and preset requirements. Tags are
// plain strings in the output, drawn from one registry:
//   control flow   if, elif, else, for_static (literal range), for_dynamic, while, nested_loop (a loop
//                  inside a loop), break, continue, return (early), ternary
//   statements     aug_assign (x += ...), comp_assign (v[0] = ..., m[i, j] += ...), atomic_add,
//                  atomic_sub, atomic_min, atomic_max, atomic_exch, array_aug (a[i] += ...)
//   expressions    cast, construct (wp.vec3(...) from scalars), component (v[1], v.x, m[i, j]),
//                  func (a @wp.func helper is called), func_chain (helpers call helpers),
//                  bitwise, logic (and/or/not), compare, mod, floordiv, power (**)
//   data           every non-default type used ("vec3", "mat33", "quat", "float64", "int8", ...),
//                  array2d..array4d, tid2d..tid4d, rand (wp.rand_init state), scalar_param (a by-value
//                  kernel parameter), constant (a module-level NAME = wp.constant(...)), struct (a
//                  @wp.struct parameter, struct array or local with field reads/writes), static (a
//                  wp.static() expression), tile (a tile kernel, launched with wp.launch_tiled), query
//                  (a spatial query of a mesh, hash grid or BVH id: gen/queries.h)
//   builtins       one "builtin:<name>" per wp.<name> call, e.g. "builtin:sin", "builtin:tile_load"
// Ids are assigned in sorted name order, so a set's names come out sorted for free.
#pragma once

#include <bitset>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gen/type.h"

namespace ws::gen {

// clang-format off
enum class Tag : uint8_t {
  If, Elif, Else, ForStatic, ForDynamic, While, NestedLoop, Break, Continue, Return,
  Ternary, AugAssign, CompAssign, AtomicAdd, AtomicSub, AtomicMin, AtomicMax, AtomicExch,
  ArrayAug, Cast, Construct, Component, Func, FuncChain, Array2d, Array3d, Array4d, Tid2d,
  Tid3d, Tid4d, Rand, ScalarParam, Constant, Struct, Static, Tile, Printf, Expect, AtomicCas, AtomicBitwise, Query,
  Decompose,
  kCount
};
// clang-format on

using FeatureId = uint16_t;
inline constexpr FeatureId kNoFeature = 0xffff;
inline constexpr size_t kMaxFeatures = 384;

FeatureId feature_id(Tag tag);
FeatureId type_feature(TypeId t);              // kNoFeature for float32/int32
FeatureId op_feature(uint16_t op);             // kNoFeature for plain arithmetic
FeatureId tile_feature(uint16_t row);          // a row of tile_ops(); kNoFeature for tile operators
FeatureId query_feature(uint16_t row);         // a row of query_calls()
FeatureId feature_id(std::string_view name);   // kNoFeature if unknown
std::span<const std::string> feature_names();  // indexed by id, sorted

class FeatureSet {
 public:
  void add(FeatureId id) {
    if (id != kNoFeature) bits_.set(id);
  }
  void add(Tag tag) { add(feature_id(tag)); }
  bool has(FeatureId id) const { return id != kNoFeature && bits_.test(id); }
  bool has(Tag tag) const { return has(feature_id(tag)); }
  void clear() { bits_.reset(); }
  std::vector<std::string> names() const;

 private:
  std::bitset<kMaxFeatures> bits_;
};

}  // namespace ws::gen
