#include "gen/queries.h"

#include <array>
#include <stdexcept>

#include "types/query.h"

namespace ws::gen {

namespace {

using types::Query;

constexpr Range kUnit = {0, 1};
constexpr Range kData = {-1, 1};
// A count of neighbours, each visited once (gen/queries.h), or a sum of terms in [0, 1] over them.
constexpr Range kPerPoint = {0, kMaxExtent};

// clang-format off
constexpr QueryCall kCalls[] = {
    {"mesh_query_point_no_sign", kNoType, Query::MeshPoint, {}},
    {"mesh_query_point", kNoType, Query::MeshPoint, {}},
    {"mesh_query_point_sign_normal", kNoType, Query::MeshPoint, {}},
    {"mesh_query_point_sign_winding_number", kNoType, Query::MeshPoint, {}},
    {"mesh_query_ray", kNoType, Query::MeshRay, {}},
    {"mesh_query_aabb", kNoType, Query::MeshAabb, {}},
    {"mesh_query_aabb_next", kBool, Query::None, kUnit},
    {"mesh_eval_position", kVec3, Query::None, kData},
    {"mesh_eval_velocity", kVec3, Query::None, kData},
    {"mesh_get", kNoType, Query::Mesh, {}},
    {"hash_grid_point_id", kInt32, Query::None, {0, kMaxExtent - 1}},
    {"hash_grid_query", kNoType, Query::HashGrid, {}},
    {"hash_grid_query_next", kBool, Query::None, kUnit},
    {"bvh_query_aabb", kNoType, Query::BvhAabb, {}},
    {"bvh_query_ray", kNoType, Query::BvhRay, {}},
    {"bvh_query_sphere", kNoType, Query::BvhSphere, {}},
    {"bvh_query_next", kBool, Query::None, kUnit},
};
// clang-format on

// The closest-point queries closest_body draws from, the unsigned one most often (as real code does).
constexpr std::array<std::string_view, 4> kPointQueries = {"mesh_query_point_no_sign", "mesh_query_point",
                                                           "mesh_query_point_sign_normal",
                                                           "mesh_query_point_sign_winding_number"};
constexpr std::array<double, 4> kPointWeights = {2, 1, 1.5, 1.5};

// Program::variant bits: which optional parts an idiom writes (drawn with its parameters).
// closest_params keeps its query's index in kPointQueries in the low two bits; bvh_count_params, which
// draws no point query, uses the lowest for a sphere query.
enum : uint8_t { kSphere = 1, kVelocity = 4, kMeshGet = 8, kForIn = 16, kWeighted = 32, kRay = 64, kForce = 128 };

uint16_t field_index(Query kind, std::string_view name) {
  const auto fields = types::query_fields(kind);
  for (size_t i = 0; i < fields.size(); ++i)
    if (fields[i].name == name) return static_cast<uint16_t>(i);
  throw std::logic_error("ws::gen: no query field " + std::string(name));
}

// A wp.uint64 id parameter, never in scope (only the query calls take it); `size` as Var::fixed.
VarId handle(IdiomParams& p, std::initializer_list<std::string_view> names, Handle kind, uint8_t size) {
  Context& cx = p.cx;
  const VarId v = cx.add_var(p.name(names), kUInt64, 0, Role::Handle);
  cx.prog.vars[v].handle = kind;
  cx.prog.vars[v].fixed = size;
  cx.prog.funcs.back().params.push_back(v);
  return p.v[p.n++] = v;
}

// A vec3 parameter the contract gives nonzero components (a ray direction, normalized in the kernel).
void direction(IdiomParams& p) {
  p.v[p.n++] = p.cx.add_param(p.name({"direction", "dir", "ray_dir"}), kVec3, 0, Role::Param, param_range(kVec3), 0);
}

ExprId call(IdiomParams& p, std::string_view name, std::initializer_list<ExprId> args) {
  return p.ex->query(query_row(name), std::span<const ExprId>(args.begin(), args.size()));
}

// name = wp.<query>(...): a query object local, out of scope.
VarId object(IdiomParams& p, std::initializer_list<std::string_view> names, ExprId value) {
  Context& cx = p.cx;
  const VarId v = cx.add_var(p.name(names), kNoType, 0, Role::Query);
  cx.prog.vars[v].query = query_calls()[cx.prog.exprs[value].ref].object;
  p.st->emit(StmtKind::Assign, p.indent, p.ex->lvalue(v), value);
  return v;
}

ExprId field(IdiomParams& p, VarId q, std::string_view name) {
  return p.ex->query_field(q, field_index(p.cx.prog.vars[q].query, name));
}

// An int local the query's `_next` call writes the next index into (out of scope: only the loop
// reads it): `index = int(0)`.
VarId cursor(IdiomParams& p, std::initializer_list<std::string_view> names, Range range) {
  Context& cx = p.cx;
  const VarId v = cx.add_var(p.name(names), kInt32, 0, Role::LoopVar, range);
  p.st->emit(StmtKind::Assign, p.indent, p.ex->lvalue(v), p.ex->zero(kInt32));
  return v;
}

// acc = <zero>: an accumulator the query loop adds to, whose reads afterwards see `after`.
VarId accumulator(IdiomParams& p, std::initializer_list<std::string_view> names, TypeId t, Range after) {
  const VarId v = p.let(names, p.ex->zero(t));
  VarFacts& f = p.cx.facts[v];
  f.core = f.env = f.cur = after;
  f.drift = {};
  return v;
}

void add_to(IdiomParams& p, int indent, VarId acc, ExprId value) {
  static const uint16_t add = op_row("+", TClass::Additive);
  p.st->emit(StmtKind::AugAssign, indent, p.ex->lvalue(acc), value, kNoExpr, 0, add);
  p.cx.wrote(acc, p.cx.facts[acc].env);
}

// `if cond:` whose body the caller writes at indent + 1 in a scope of its own.
void open_if(IdiomParams& p, ExprId cond) {
  p.st->emit(StmtKind::If, p.indent, cond);
  p.cx.scope.open();
  ++p.indent;
}
void close(IdiomParams& p) {
  p.st->settle(p.indent, p.cx.scope.innermost());
  p.cx.scope.close();
  --p.indent;
}

// A few of the preset's own statements inside a query's branch, building on what it found.
void more(IdiomParams& p) {
  if (p.cx.rng.chance(0.5)) p.st->block(p.indent, static_cast<int>(p.cx.rng.range(1, 2)), BlockCtx{1});
}

}  // namespace

std::span<const QueryCall> query_calls() {
  return kCalls;
}

uint16_t query_row(std::string_view name) {
  for (size_t i = 0; i < std::size(kCalls); ++i)
    if (kCalls[i].name == name) return static_cast<uint16_t>(i);
  throw std::logic_error("ws::gen: no query row " + std::string(name));
}

Range query_field_range(Query kind, uint16_t field) {
  const std::string_view name = types::query_fields(kind)[field].name;
  if (name == "result") return kUnit;
  if (name == "face") return {0, kMeshFaces - 1};
  if (name == "u" || name == "v") return kUnit;
  if (name == "t") return kUnit;  // below max_t, a positive parameter of at most 1
  if (name == "indices") return {0, (kMeshCells + 1) * (kMeshCells + 1) - 1};
  return kData;  // sign, normal, points, velocities
}

// p = query_points[tid]; q = wp.mesh_query_point_no_sign(mesh, p, max_dist)
// if q.result: cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v); closest[tid] = cp ...
void closest_params(IdiomParams& p) {
  Rng& rng = p.cx.rng;
  uint8_t variant = static_cast<uint8_t>(rng.weighted(kPointWeights));
  if (rng.chance(0.3)) variant |= kVelocity;
  if (rng.chance(0.3)) variant |= kMeshGet;
  p.cx.prog.variant = variant;
  handle(p, {"mesh", "mesh_id", "surface"}, Handle::Mesh, kMeshCells);
  p.input({"query_points", "points", "particles"}, kVec3);
  p.output({"closest", "closest_points", "projected"}, kVec3);
  if ((variant & 3) != 0) p.output({"sdf", "signed_dist", "dist"}, kFloat32);
  if (variant & kVelocity) p.output({"surface_vel", "contact_vel", "vel"}, kVec3);
  if (variant & kMeshGet) p.output({"to_vertex", "offset", "edge"}, kVec3);
  p.positive({"max_dist", "max_distance", "radius"});
}
void closest_body(IdiomParams& p) {
  const uint8_t variant = p.cx.prog.variant;
  const VarId mesh = p.v[0], points = p.v[1], closest = p.v[2];
  int next = 3;
  const VarId sdf = (variant & 3) != 0 ? p.v[next++] : kNoVar;
  const VarId vel = variant & kVelocity ? p.v[next++] : kNoVar;
  const VarId offset = variant & kMeshGet ? p.v[next++] : kNoVar;
  const VarId max_dist = p.v[next];
  const VarId x = p.let({"p", "x", "pos"}, p.own(points));
  const VarId q = object(p, {"q", "query", "hit"},
                         call(p, kPointQueries[variant & 3], {p.read(mesh), p.read(x), p.read(max_dist)}));
  open_if(p, field(p, q, "result"));
  const auto face = [&] { return field(p, q, "face"); };
  const VarId cp = p.let({"cp", "closest_p", "target"},
                         call(p, "mesh_eval_position", {p.read(mesh), face(), field(p, q, "u"), field(p, q, "v")}));
  p.st->write_output(p.indent, closest, p.read(cp));
  if (sdf != kNoVar) {
    const std::array<ExprId, 1> d{p.sub(p.read(x), p.read(cp))};
    p.st->write_output(p.indent, sdf, p.mul(p.ex->call_builtin("length", d), field(p, q, "sign")));
  }
  if (vel != kNoVar)
    p.st->write_output(p.indent, vel,
                       call(p, "mesh_eval_velocity", {p.read(mesh), face(), field(p, q, "u"), field(p, q, "v")}));
  if (offset != kNoVar) {
    // The face's first corner, read through the mesh's own arrays: m.points[m.indices[q.face * 3]].
    const VarId m = object(p, {"m", "mesh_data", "geo"}, call(p, "mesh_get", {p.read(mesh)}));
    static const uint16_t times = op_row("*", TClass::NumScalar);
    const std::array<ExprId, 2> k{face(), p.ex->int_literal(3)};
    const ExprId corner = p.ex->make_op(times, kInt32, k);
    const ExprId index = p.ex->query_field(m, field_index(Query::Mesh, "indices"), corner);
    const VarId v0 = p.let({"v0", "corner", "a"}, p.ex->query_field(m, field_index(Query::Mesh, "points"), index));
    p.st->write_output(p.indent, offset, p.sub(p.read(cp), p.read(v0)));
  }
  more(p);
  close(p);
}

// o = origins[tid]; d = wp.normalize(direction); q = wp.mesh_query_ray(mesh, o, d, max_t)
// if q.result: hit_t[tid] = q.t (normals[tid] = q.normal)
void raycast_params(IdiomParams& p) {
  p.cx.prog.variant = p.cx.rng.chance(0.4) ? 1 : 0;
  handle(p, {"mesh", "mesh_id", "scene"}, Handle::Mesh, kMeshCells);
  p.input({"origins", "ray_origins", "starts"}, kVec3);
  p.output({"hit_t", "depth", "hit_dist"}, kFloat32);
  if (p.cx.prog.variant) p.output({"normals", "hit_normal", "n_out"}, kVec3);
  p.positive({"max_t", "max_dist", "t_max"});
  direction(p);
}
void raycast_body(IdiomParams& p) {
  const bool normals = p.cx.prog.variant != 0;
  const VarId mesh = p.v[0], origins = p.v[1], hit_t = p.v[2];
  const VarId out_n = normals ? p.v[3] : kNoVar;
  const VarId max_t = p.v[normals ? 4 : 3], dir = p.v[normals ? 5 : 4];
  const VarId o = p.let({"o", "start", "origin"}, p.own(origins));
  const std::array<ExprId, 1> raw{p.read(dir)};
  const VarId d = p.let({"d", "ray", "n"}, p.ex->call_builtin("normalize", raw));
  const VarId q =
      object(p, {"q", "query", "hit"}, call(p, "mesh_query_ray", {p.read(mesh), p.read(o), p.read(d), p.read(max_t)}));
  open_if(p, field(p, q, "result"));
  const VarId t = p.let({"t", "dist", "t_hit"}, field(p, q, "t"));
  p.st->write_output(p.indent, hit_t, p.read(t));
  if (out_n != kNoVar) p.st->write_output(p.indent, out_n, field(p, q, "normal"));
  more(p);
  close(p);
}

// query = wp.mesh_query_aabb(mesh, lowers[tid], uppers[tid]); face = int(0); count = int(0)
// while wp.mesh_query_aabb_next(query, face): count += 1 (area += face_area[face])
void overlap_params(IdiomParams& p) {
  p.cx.prog.variant = p.cx.rng.chance(0.5) ? kWeighted : 0;
  handle(p, {"mesh", "mesh_id", "surface"}, Handle::Mesh, kMeshCells);
  p.input({"lowers", "box_lower", "lower"}, kVec3);
  p.input({"uppers", "box_upper", "upper"}, kVec3);
  p.output({"counts", "num_faces", "overlaps"}, kInt32);
  if (p.cx.prog.variant) {
    p.input({"face_area", "face_weight", "face_data"}, kFloat32, kMeshFaces);
    p.output({"area", "weight_sum", "covered"}, kFloat32);
  }
}
void overlap_body(IdiomParams& p) {
  const bool weighted = p.cx.prog.variant != 0;
  const VarId mesh = p.v[0], lowers = p.v[1], uppers = p.v[2], counts = p.v[3];
  const VarId q =
      object(p, {"query", "q", "box_query"}, call(p, "mesh_query_aabb", {p.read(mesh), p.own(lowers), p.own(uppers)}));
  const VarId face = cursor(p, {"face", "face_index", "f"}, {0, kMeshFaces - 1});
  const VarId count = accumulator(p, {"count", "n", "hits"}, kInt32, {0, kMeshFaces});
  const VarId sum = weighted ? accumulator(p, {"total", "acc", "s"}, kFloat32, {-kMeshFaces, kMeshFaces}) : kNoVar;
  p.st->emit(StmtKind::While, p.indent, call(p, "mesh_query_aabb_next", {p.ex->var(q), p.ex->var(face)}));
  add_to(p, p.indent + 1, count, p.ex->int_literal(1));
  if (weighted) add_to(p, p.indent + 1, sum, p.ex->at(p.v[4], p.ex->var(face)));
  p.st->write_output(p.indent, counts, p.read(count));
  if (weighted) p.st->write_output(p.indent, p.v[5], p.read(sum));
}

// i = wp.hash_grid_point_id(grid, tid); x = points[i]; neighbors = wp.hash_grid_query(grid, x, radius)
// for index in neighbors (or while wp.hash_grid_query_next(neighbors, index)):
//     d = wp.length(x - points[index]); if d < radius: w = radius - d; rho += w * w * w
// density[i] = rho. From here on the thread owns element i of every launch-shaped array.
void neighbors_params(IdiomParams& p) {
  Rng& rng = p.cx.rng;
  p.cx.prog.variant = static_cast<uint8_t>((rng.chance(0.5) ? kForIn : 0) | (rng.chance(0.35) ? kForce : 0));
  const VarId grid = handle(p, {"grid", "grid_id", "hash_grid"}, Handle::HashGrid, 0);
  p.input({"points", "particle_x", "positions"}, kVec3);
  p.cx.prog.vars[grid].source = p.v[1];
  if (p.cx.prog.variant & kForce)
    p.output({"forces", "particle_f", "f"}, kVec3);
  else
    p.output({"density", "rho_out", "particle_rho"}, kFloat32);
  p.positive({"radius", "smoothing_length", "h"});
}
void neighbors_body(IdiomParams& p) {
  Context& cx = p.cx;
  const uint8_t variant = cx.prog.variant;
  const VarId grid = p.v[0], points = p.v[1], out = p.v[2], radius = p.v[3];
  const VarId i = cx.add_var(p.name({"i", "pid", "p_index"}), kInt32, 0, Role::Tid, {0, kMaxExtent - 1});
  p.st->emit(StmtKind::Assign, p.indent, p.ex->lvalue(i),
             call(p, "hash_grid_point_id", {p.read(grid), p.read(cx.tid[0])}));
  cx.tid[0] = i;
  cx.scope.add(i);
  const VarId x = p.let({"x", "xi", "pos"}, p.own(points));
  const bool force = variant & kForce;
  const TypeId t = force ? kVec3 : kFloat32;
  const VarId acc = accumulator(p, {force ? "f" : "rho", force ? "force" : "density_i", force ? "f_sum" : "rho_i"}, t,
                                force ? Range{-2 * kMaxExtent, 2 * kMaxExtent} : kPerPoint);
  const VarId q =
      object(p, {"neighbors", "query", "nbrs"}, call(p, "hash_grid_query", {p.read(grid), p.read(x), p.read(radius)}));
  const VarId index = cx.add_var(p.name({"index", "j", "nbr"}), kInt32, 0, Role::LoopVar, {0, kMaxExtent - 1});
  if (variant & kForIn) {
    p.st->emit(StmtKind::ForIn, p.indent, p.ex->var(q), kNoExpr, kNoExpr, index);
  } else {
    p.st->emit(StmtKind::Assign, p.indent, p.ex->lvalue(index), p.ex->zero(kInt32));
    p.st->emit(StmtKind::While, p.indent, call(p, "hash_grid_query_next", {p.ex->var(q), p.ex->var(index)}));
  }
  cx.scope.open();
  ++p.indent;
  const VarId delta = p.let({"delta", "r", "dx"}, p.sub(p.read(x), p.ex->at(points, p.ex->var(index))));
  const std::array<ExprId, 1> dv{p.read(delta)};
  const VarId d = p.let({"d", "dist", "r_len"}, p.ex->call_builtin("length", dv));
  static const uint16_t less = op_row("<", TClass::NumScalar);
  const std::array<ExprId, 2> near{p.read(d), p.read(radius)};
  open_if(p, p.ex->make_op(less, kBool, near));
  const VarId w = p.let({"w", "q_w", "weight"}, p.sub(p.read(radius), p.read(d)));
  add_to(p, p.indent, acc, force ? p.mul(p.read(delta), p.read(w)) : p.mul(p.mul(p.read(w), p.read(w)), p.read(w)));
  close(p);
  close(p);
  p.st->write_output(p.indent, out, p.read(acc));
}

// query = wp.bvh_query_aabb(bvh, lowers[tid], uppers[tid]) (or wp.bvh_query_ray(bvh, o, d), or
// wp.bvh_query_sphere(bvh, centers[tid], radius)); bounds_nr = int(0); count = int(0);
// while wp.bvh_query_next(query, bounds_nr): count += 1
void bvh_count_params(IdiomParams& p) {
  Rng& rng = p.cx.rng;
  static constexpr std::array<double, 3> kShapes = {2, 2.5, 0.8};  // box, ray, sphere
  const size_t shape = rng.weighted(kShapes);
  p.cx.prog.variant = static_cast<uint8_t>((shape == 1   ? kRay
                                            : shape == 2 ? kSphere
                                                         : 0) |
                                           (rng.chance(0.4) ? kWeighted : 0));
  handle(p, {"bvh", "bvh_id", "tree"}, Handle::Bvh, kBvhItems);
  if (p.cx.prog.variant & kRay) {
    p.input({"origins", "ray_origins", "starts"}, kVec3);
  } else if (p.cx.prog.variant & kSphere) {
    p.input({"centers", "query_centers", "points"}, kVec3);
  } else {
    p.input({"lowers", "query_lowers", "lower"}, kVec3);
    p.input({"uppers", "query_uppers", "upper"}, kVec3);
  }
  p.output({"counts", "hit_counts", "num_hits"}, kInt32);
  if (p.cx.prog.variant & kWeighted) {
    p.input({"item_values", "item_weight", "payload"}, kFloat32, kBvhItems);
    p.output({"totals", "value_sum", "gathered"}, kFloat32);
  }
  if (p.cx.prog.variant & kRay) direction(p);
  if (p.cx.prog.variant & kSphere) p.positive({"radius", "query_radius", "r"});
}
void bvh_count_body(IdiomParams& p) {
  const uint8_t variant = p.cx.prog.variant;
  const bool ray = variant & kRay, sphere = variant & kSphere, weighted = variant & kWeighted;
  const VarId bvh = p.v[0];
  int next = ray || sphere ? 2 : 3;
  const VarId counts = p.v[next++];
  const VarId values = weighted ? p.v[next++] : kNoVar;
  const VarId totals = weighted ? p.v[next++] : kNoVar;
  ExprId call_expr;
  if (ray) {
    const std::array<ExprId, 1> raw{p.read(p.v[next])};
    const VarId d = p.let({"d", "ray_dir", "n"}, p.ex->call_builtin("normalize", raw));
    call_expr = call(p, "bvh_query_ray", {p.read(bvh), p.own(p.v[1]), p.read(d)});
  } else if (sphere) {
    call_expr = call(p, "bvh_query_sphere", {p.read(bvh), p.own(p.v[1]), p.read(p.v[next])});
  } else {
    call_expr = call(p, "bvh_query_aabb", {p.read(bvh), p.own(p.v[1]), p.own(p.v[2])});
  }
  const VarId q = object(p, {"query", "q", "bvh_query"}, call_expr);
  const VarId item = cursor(p, {"bounds_nr", "item", "leaf"}, {0, kBvhItems - 1});
  const VarId count = accumulator(p, {"count", "n", "hits"}, kInt32, {0, kBvhItems});
  const VarId sum = weighted ? accumulator(p, {"total", "acc", "s"}, kFloat32, {-kBvhItems, kBvhItems}) : kNoVar;
  p.st->emit(StmtKind::While, p.indent, call(p, "bvh_query_next", {p.ex->var(q), p.ex->var(item)}));
  add_to(p, p.indent + 1, count, p.ex->int_literal(1));
  if (weighted) add_to(p, p.indent + 1, sum, p.ex->at(values, p.ex->var(item)));
  p.st->write_output(p.indent, counts, p.read(count));
  if (weighted) p.st->write_output(p.indent, totals, p.read(sum));
}

std::string query_inputs(const Program& prog) {
  std::string out;
  for (VarId id : prog.funcs.back().params) {
    const Var& v = prog.vars[id];
    if (v.role != Role::Handle) continue;
    out += out.empty() ? "{" : ", ";
    ((out += '"') += v.name) += "\": ";
    switch (v.handle) {
      case Handle::Mesh:
        out += "{\"type\": \"mesh\", \"cells\": " + std::to_string(v.fixed) + "}";
        break;
      case Handle::HashGrid:
        out += "{\"type\": \"hash_grid\", \"points\": \"" + prog.vars[v.source].name +
               "\", \"dims\": " + std::to_string(kGridDim) + ", \"cell_width\": 1.0}";
        break;
      case Handle::Bvh:
        out += "{\"type\": \"bvh\", \"items\": " + std::to_string(v.fixed) + ", \"half_extent\": 0.25}";
        break;
      case Handle::None:
        break;
    }
  }
  if (!out.empty()) out += '}';
  return out;
}

}  // namespace ws::gen
