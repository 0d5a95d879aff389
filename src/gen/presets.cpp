#include "gen/presets.h"

#include <array>
#include <vector>

#include "gen/ops.h"

namespace ws::gen {

namespace {

using SC = StmtChoice;
using EC = ExprChoice;
using G = OpGroup;

template <class E>
void set(Weights<E>& w, E c, double v) {
  w[static_cast<size_t>(c)] = v;
}

// What every preset starts from: straight-line float32 code over 1-D arrays.
void base(Policy& p, Rng& rng) {
  set(p.stmt, SC::Decl, 4);
  set(p.stmt, SC::Assign, 0.6);
  set(p.stmt, SC::AugAssign, 0.6);
  set(p.stmt, SC::Store, 1.2);
  set(p.expr, EC::Var, 4);
  set(p.expr, EC::Lit, 1.5);
  set(p.expr, EC::Index, 2.5);
  set(p.expr, EC::Shape, 0.05);
  set(p.expr, EC::Op, 4);
  set(p.expr, EC::Cast, 0.15);
  set(p.group, G::Arith, 1);
  set(p.group, G::Compare, 1);
  p.local_type[kFloat32] = 1;
  p.local_type[kInt32] = 0.15;
  p.array_type[kFloat32] = 1;
  p.param_type[kFloat32] = 1;
  p.param_type[kInt32] = 0.4;
  p.max_depth = static_cast<int>(rng.range(2, 3));
}

// Per-kernel skew: every enabled weight is scaled by a factor in [0.4, 1.6).
template <size_t N>
void skew(std::array<double, N>& w, Rng& rng) {
  for (double& x : w)
    if (x > 0) x *= 0.4 + 1.2 * rng.uniform();
}

void finish(Policy& p, Rng& rng) {
  skew(p.stmt, rng);
  skew(p.expr, rng);
  skew(p.group, rng);
}

void arithmetic(Policy& p, Rng& rng) {
  base(p, rng);
  set(p.group, G::Compare, 0);
  p.local_type[kInt32] = 0.25;
  p.array_type[kInt32] = 0.25;
  p.max_depth = static_cast<int>(rng.range(2, 4));
  p.body_min = 2;
  p.body_max = 6;
  finish(p, rng);
}

void conditional(Policy& p, Rng& rng) {
  base(p, rng);
  set(p.stmt, SC::If, 3);
  set(p.expr, EC::Ternary, 0.3);
  set(p.group, G::Logic, 0.3);
  p.local_type[kBool] = 0.1;
  p.p_else = 0.6;
  p.p_elif = 0.1;
  p.max_nest = static_cast<int>(rng.range(1, 2));
  finish(p, rng);
}

void loop(Policy& p, Rng& rng) {
  base(p, rng);
  set(p.stmt, SC::ForStatic, 1.5);
  set(p.stmt, SC::ForDynamic, 2.5);
  set(p.stmt, SC::While, 0.4);
  set(p.stmt, SC::Reduce, 1.5);
  set(p.stmt, SC::AugAssign, 2);
  set(p.stmt, SC::Break, 0.15);
  set(p.stmt, SC::Continue, 0.1);
  p.param_type[kInt32] = 2;
  p.scalars_min = 1;
  p.scalars_max = 2;
  p.p_tid_index = 0.6;
  p.max_nest = static_cast<int>(rng.range(1, 2));
  finish(p, rng);
}

void math(Policy& p, Rng& rng) {
  base(p, rng);
  set(p.group, G::Math, 3);
  set(p.expr, EC::Op, 6);
  p.max_depth = static_cast<int>(rng.range(2, 4));
  finish(p, rng);
}

void vector(Policy& p, Rng& rng) {
  base(p, rng);
  set(p.group, G::Vector, 3);
  set(p.expr, EC::Construct, 0.8);
  set(p.expr, EC::Component, 1);
  set(p.stmt, SC::CompAssign, 0.4);
  p.local_type[kVec3] = 2;
  p.array_type[kVec3] = 2;
  p.array_type[kFloat32] = 0.7;
  p.param_type[kVec3] = 0.3;
  p.scalars_max = 2;
  finish(p, rng);
}

void atomic(Policy& p, Rng& rng) {
  base(p, rng);
  set(p.stmt, SC::Atomic, 3);
  set(p.stmt, SC::ArrayAug, 0.6);
  set(p.stmt, SC::If, 0.4);
  p.array_type[kInt32] = 0.3;
  p.local_type[kInt32] = 0.3;
  p.max_nest = 1;
  finish(p, rng);
}

void nested(Policy& p, Rng& rng) {
  base(p, rng);
  set(p.stmt, SC::ForStatic, 2);
  set(p.stmt, SC::ForDynamic, 2);
  set(p.stmt, SC::AugAssign, 1.5);
  set(p.stmt, SC::Reduce, 1);
  set(p.stmt, SC::If, 0.3);
  p.param_type[kInt32] = 2;
  p.scalars_min = 1;
  p.scalars_max = 2;
  p.tid_dims = rng.chance(0.4) ? 2 : 1;
  p.max_nest = static_cast<int>(rng.range(2, 3));
  p.p_tid_index = 0.6;
  finish(p, rng);
}

void multi_cond(Policy& p, Rng& rng) {
  base(p, rng);
  set(p.stmt, SC::If, 4);
  set(p.group, G::Compare, 1.5);
  set(p.group, G::Logic, 0.3);
  p.local_type[kBool] = 0.1;
  p.p_elif = 0.8;
  p.max_elifs = 4;
  p.p_else = 0.7;
  p.max_nest = static_cast<int>(rng.range(1, 2));
  finish(p, rng);
}

void combined(Policy& p, Rng& rng) {
  base(p, rng);
  set(p.stmt, SC::If, 1.5);
  set(p.stmt, SC::ForStatic, 1);
  set(p.stmt, SC::ForDynamic, 1.5);
  set(p.stmt, SC::While, 0.2);
  set(p.stmt, SC::Reduce, 1);
  set(p.stmt, SC::AugAssign, 1.5);
  set(p.group, G::Math, 2);
  p.param_type[kInt32] = 1;
  p.scalars_max = 2;
  p.max_nest = static_cast<int>(rng.range(1, 3));
  finish(p, rng);
}

void scalar_param(Policy& p, Rng& rng) {
  base(p, rng);
  p.param_type[kFloat32] = 2;
  p.param_type[kInt32] = 1;
  p.local_type[kInt32] = 0.3;
  p.scalars_min = 1;
  p.scalars_max = 4;
  set(p.expr, EC::Var, 5);
  finish(p, rng);
}

// Beyond the seed's ten: one preset per part of Warp the seed never touched.

// Every scalar type: int8..uint64, float16/64, bool, with casts between them and bit operations; in a
// quarter of the kernels an unsigned vector too (a vec3ub color, a vec3ui triangle).
void typed(Policy& p, Rng& rng) {
  base(p, rng);
  for (TypeId t = kBool; t <= kFloat64; ++t)
    if (rng.chance(0.5)) p.local_type[t] = 0.2 + rng.uniform();
  p.local_type[kInt32] = std::max(p.local_type[kInt32], 0.3);
  if (rng.chance(0.25)) {  // and one of the unsigned vectors (a color, an offset, a triangle's indices)
    static constexpr std::array<TypeId, 5> kUnsigned = {kVec2ub, kVec3ub, kVec4ub, kVec3us, kVec3ui};
    const TypeId v = rng.pick(std::span<const TypeId>(kUnsigned));
    p.local_type[v] = 0.3 + 0.5 * rng.uniform();
    p.array_type[v] = p.local_type[v];
  }
  for (TypeId t = kBool; t <= kFloat64; ++t) {
    if (p.local_type[t] > 0 && rng.chance(0.6)) p.array_type[t] = p.local_type[t];
    if (p.local_type[t] > 0 && rng.chance(0.4)) p.param_type[t] = p.local_type[t];
  }
  set(p.expr, EC::Cast, 1.5);
  set(p.expr, EC::Ternary, 0.2);
  set(p.group, G::Bitwise, 1);
  set(p.group, G::Math, 0.7);
  set(p.group, G::Logic, 0.3);
  set(p.stmt, SC::If, 0.8);
  set(p.stmt, SC::AugAssign, 1);
  set(p.stmt, SC::ForStatic, 0.4);
  p.scalars_max = 3;
  finish(p, rng);
}

// Rigid-body style code: vectors, quaternions, transforms and matrices in float32 or float64.
void geometry(Policy& p, Rng& rng) {
  base(p, rng);
  const bool dbl = rng.chance(0.25);
  const TypeId scalar = dbl ? kFloat64 : kFloat32;
  const std::array<TypeId, 5> family = dbl ? std::array<TypeId, 5>{kVec3d, kQuatd, kTransformd, kMat33d, kMat44d}
                                           : std::array<TypeId, 5>{kVec3, kQuat, kTransform, kMat33, kMat44};
  static constexpr std::array<double, 5> kWeights = {2, 1.2, 1, 0.8, 0.2};
  p.local_type[scalar] = 1;
  for (size_t i = 0; i < family.size(); ++i) {
    p.local_type[family[i]] = kWeights[i] * (0.5 + rng.uniform());
    if (i < 4 && rng.chance(0.6)) p.array_type[family[i]] = kWeights[i];
  }
  if (!dbl && rng.chance(0.25)) p.local_type[kSpatialVector] = 0.8, p.array_type[kSpatialVector] = 0.5;
  p.array_type[scalar] = 0.7;
  if (dbl) p.array_type[kFloat32] = 0, p.local_type[kFloat32] = 0.3;
  set(p.group, G::Vector, 2);
  set(p.group, G::Matrix, 1.2);
  set(p.group, G::Quat, 2);
  set(p.group, G::Transform, 2);
  set(p.group, G::Math, 0.5);
  set(p.expr, EC::Construct, 0.8);
  p.p_struct = 0.3;  // bodies and particles: a struct of poses, vectors and masses
  set(p.expr, EC::Component, 1);
  set(p.stmt, SC::CompAssign, 0.5);
  set(p.stmt, SC::If, 0.3);
  finish(p, rng);
}

// Monte-Carlo style code: a per-thread random state feeding samples into loops and reductions.
void stochastic(Policy& p, Rng& rng) {
  base(p, rng);
  p.p_rand = 1;
  set(p.group, G::Random, 3);
  set(p.group, G::Math, 1);
  set(p.group, G::Vector, 0.7);
  set(p.stmt, SC::ForStatic, 0.8);
  set(p.stmt, SC::ForDynamic, 0.8);
  set(p.stmt, SC::Reduce, 0.8);
  set(p.stmt, SC::AugAssign, 1.5);
  set(p.stmt, SC::Atomic, 0.5);
  set(p.stmt, SC::If, 0.4);
  p.local_type[kVec3] = 0.5;
  p.local_type[kVec2] = 0.3;
  p.local_type[kUInt32] = 0.1;
  p.array_type[kVec3] = 0.4;
  p.max_nest = 1;
  finish(p, rng);
}

// @wp.func helpers, some calling each other, called from the kernel.
void helpers(Policy& p, Rng& rng) {
  base(p, rng);
  p.helpers_min = 1;
  p.helpers_max = 3;
  p.p_helper_array = 0.4;
  p.p_helper_chain = 0.3;
  set(p.expr, EC::Call, 2.5);
  set(p.group, G::Math, 1);
  set(p.group, G::Vector, 0.7);
  set(p.stmt, SC::If, 0.5);
  set(p.stmt, SC::Return, 0.3);
  p.local_type[kVec3] = rng.chance(0.5) ? 0.6 : 0;
  p.local_type[kInt32] = 0.3;
  finish(p, rng);
}

// Tile kernels (gen/tiles.h): blocks that load whole tiles, compute on them and store them, some
// mapping a unary @wp.func over a tile.
void tiles(Policy& p, Rng& rng) {
  base(p, rng);
  p.tiles = true;
  p.local_type = {};
  p.array_type = {};
  p.param_type = {};
  p.local_type[kFloat32] = p.array_type[kFloat32] = p.param_type[kFloat32] = 1;
  p.helpers_max = 1;
  p.helper_params_max = 1;
  set(p.group, G::Math, 1);
  finish(p, rng);
}

// Spatial-query kernels (gen/queries.h): closest points on a mesh, ray casts, box overlaps, hash grid
// neighbour sums and BVH overlap counts over `wp.uint64` ids, then the preset's usual vector and scalar
// statements on what the query found.
void queries(Policy& p, Rng& rng) {
  base(p, rng);
  p.queries = true;
  p.tid_dims = 1;
  p.local_type[kVec3] = 1.5;
  p.array_type[kVec3] = 0.8;
  set(p.group, G::Vector, 1.5);
  set(p.group, G::Math, 0.8);
  set(p.expr, EC::Component, 0.6);
  set(p.expr, EC::Construct, 0.3);
  set(p.stmt, SC::If, 0.4);
  p.inputs_max = 2;
  p.body_min = 1;
  p.body_max = static_cast<int>(rng.range(2, 5));
  finish(p, rng);
}

// Random kernels that are tile kernels: a tile builtin is in about one real Warp kernel in five.
constexpr double kRandomTiles = 0.1;
// Random kernels that are spatial-query kernels: enough that each query builtin is in 1% of them.
constexpr double kRandomQueries = 0.15;

// Swarm generation: each kernel switches a random subset of everything off, so rare combinations get
// whole kernels to themselves instead of being drowned out by the common ones.
void random(Policy& p, Rng& rng) {
  if (rng.chance(kRandomTiles)) return tiles(p, rng);
  // Decided on a stream of its own, so that the other random kernels are those their seed gave before.
  if (rng.side(0x7175657279ULL).chance(kRandomQueries)) return queries(p, rng);
  auto maybe = [&](double prob, double lo, double hi) {
    return rng.chance(prob) ? lo + (hi - lo) * rng.uniform() : 0.0;
  };
  for (double& w : p.stmt) w = maybe(0.5, 0.2, 3);
  set(p.stmt, SC::Decl, 2 + 3 * rng.uniform());
  set(p.stmt, SC::Store, 0.5 + rng.uniform());
  for (double& w : p.expr) w = maybe(0.6, 0.2, 3);
  set(p.expr, EC::Var, 2 + 3 * rng.uniform());
  set(p.expr, EC::Lit, 0.5 + rng.uniform());
  set(p.expr, EC::Op, 2 + 4 * rng.uniform());
  for (double& w : p.group) w = maybe(0.5, 0.3, 3);
  set(p.group, G::Arith, 0.5 + rng.uniform());
  set(p.group, G::Compare, 0.5 + rng.uniform());

  p.local_type[kFloat32] = 1;
  p.local_type[kInt32] = 0.1 + 0.5 * rng.uniform();
  for (TypeId t = 0; t < kNumTypes; ++t)  // the unsigned vectors, rarer in real code, less often
    if (t != kFloat32 && t != kInt32) p.local_type[t] = maybe(t >= kVec2ub ? 0.05 : 0.2, 0.1, 1.5);
  p.array_type[kFloat32] = 1;
  for (TypeId t = 0; t < kNumTypes; ++t) {
    if (p.local_type[t] > 0 && rng.chance(0.5)) p.array_type[t] = p.local_type[t];
    if (p.local_type[t] > 0 && is_scalar(t) && rng.chance(0.5)) p.param_type[t] = p.local_type[t];
  }
  p.param_type[kInt32] = std::max(p.param_type[kInt32], 0.3);

  static constexpr std::array<double, 4> kDims = {6, 2.5, 1, 0.5};
  p.tid_dims = 1 + static_cast<int>(rng.weighted(kDims));
  p.body_min = 2;
  p.body_max = static_cast<int>(rng.range(3, 9));
  p.block_max = static_cast<int>(rng.range(1, 4));
  p.max_nest = static_cast<int>(rng.range(1, 3));
  p.max_depth = static_cast<int>(rng.range(1, 4));
  p.inputs_max = static_cast<int>(rng.range(1, 4));
  p.outputs_max = static_cast<int>(rng.range(1, 3));
  p.scalars_max = static_cast<int>(rng.range(0, 3));
  p.p_rand = p.group[static_cast<size_t>(G::Random)] > 0 ? 0.7 : 0;
  if (p.expr[static_cast<size_t>(EC::Call)] > 0) {
    p.helpers_min = 1;
    p.helpers_max = static_cast<int>(rng.range(1, 3));
    p.p_helper_array = 0.3;
    p.p_helper_chain = 0.6;
  }
  p.p_struct = 0.06;
  p.p_elif = rng.uniform();
  p.p_else = rng.uniform();
  p.p_tid_index = 0.5 + 0.5 * rng.uniform();
  p.p_array_full_dim = 0.5 + 0.5 * rng.uniform();
}

bool has_any(const FeatureSet& fs, std::initializer_list<Tag> tags) {
  for (Tag t : tags)
    if (fs.has(t)) return true;
  return false;
}

bool has_math_builtin(const FeatureSet& fs) {
  static const std::vector<FeatureId> ids = [] {
    std::vector<FeatureId> out;
    for (uint16_t i = 0; i < ops().size(); ++i)
      if (ops()[i].group == G::Math && ops()[i].form == Form::Call) out.push_back(op_feature(i));
    return out;
  }();
  for (FeatureId id : ids)
    if (fs.has(id)) return true;
  return false;
}

bool any_kernel(const FeatureSet&) {
  return true;
}
bool has_if(const FeatureSet& fs) {
  return fs.has(Tag::If);
}
bool has_for(const FeatureSet& fs) {
  return has_any(fs, {Tag::ForStatic, Tag::ForDynamic});
}
bool has_vec3(const FeatureSet& fs) {
  return fs.has(type_feature(kVec3));
}
bool has_atomic_add(const FeatureSet& fs) {
  return fs.has(Tag::AtomicAdd);
}
bool has_nesting(const FeatureSet& fs) {
  return has_any(fs, {Tag::NestedLoop, Tag::Tid2d});
}
bool has_elif(const FeatureSet& fs) {
  return fs.has(Tag::Elif);
}
bool has_combined(const FeatureSet& fs) {
  return fs.has(Tag::If) && has_any(fs, {Tag::ForStatic, Tag::ForDynamic, Tag::While}) && has_math_builtin(fs);
}
bool has_typed_scalar(const FeatureSet& fs) {
  for (TypeId t = kInt8; t <= kFloat64; ++t)
    if (fs.has(type_feature(t))) return true;
  return false;
}
bool has_geometry(const FeatureSet& fs) {
  for (TypeId t : {kQuat, kQuatd, kTransform, kTransformd, kMat33, kMat33d, kMat44, kMat44d})
    if (fs.has(type_feature(t))) return true;
  return false;
}
bool has_samples(const FeatureSet& fs) {
  static const std::vector<FeatureId> ids = [] {
    std::vector<FeatureId> out;
    for (uint16_t i = 0; i < ops().size(); ++i)
      if (ops()[i].group == G::Random && ops()[i].weight > 0) out.push_back(op_feature(i));
    return out;
  }();
  for (FeatureId id : ids)
    if (fs.has(id)) return true;
  return false;
}
bool has_func(const FeatureSet& fs) {
  return fs.has(Tag::Func);
}
bool has_scalar_param(const FeatureSet& fs) {
  return fs.has(Tag::ScalarParam);
}
bool has_tile(const FeatureSet& fs) {
  return fs.has(Tag::Tile);
}
bool has_query(const FeatureSet& fs) {
  return fs.has(Tag::Query);
}

constexpr Preset kPresets[] = {
    {"arithmetic", arithmetic, any_kernel},
    {"conditional", conditional, has_if},
    {"loop", loop, has_for},
    {"math", math, has_math_builtin},
    {"vector", vector, has_vec3},
    {"atomic", atomic, has_atomic_add},
    {"nested", nested, has_nesting},
    {"multi_cond", multi_cond, has_elif},
    {"combined", combined, has_combined},
    {"scalar_param", scalar_param, has_scalar_param},
    {"typed", typed, has_typed_scalar},
    {"geometry", geometry, has_geometry},
    {"stochastic", stochastic, has_samples},
    {"helpers", helpers, has_func},
    {"tiles", tiles, has_tile},
    {"queries", queries, has_query},
    {"random", random, any_kernel},
};

}  // namespace

std::span<const Preset> presets() {
  return kPresets;
}

const Preset* find_preset(std::string_view name) {
  for (const Preset& p : kPresets)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace ws::gen
