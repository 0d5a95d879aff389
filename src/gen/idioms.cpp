#include "gen/idioms.h"

#include <array>
#include <string>

#include "gen/idiom_params.h"
#include "gen/queries.h"
#include "lang/decompositions.h"

namespace ws::gen {

namespace {

// out[i] = alpha * x[i] + y[i]
void map_params(IdiomParams& p) {
  p.input({"x", "a", "src"}, kFloat32);
  p.input({"y", "b", "bias"}, kFloat32);
  p.output({"out", "result", "dst"}, kFloat32);
  p.scalar({"alpha", "scale", "gain"});
}
void map_body(IdiomParams& p) {
  const auto [x, y, out, alpha] = std::array{p.v[0], p.v[1], p.v[2], p.v[3]};
  p.st->write_output(1, out, p.add(p.mul(p.read(alpha), p.own(x)), p.own(y)));
}

// Explicit diffusion: u_new[i] = u[i] + alpha * (u[i-1] - 2 u[i] + u[i+1]), neighbours clamped.
void stencil_params(IdiomParams& p) {
  p.input({"u", "temp", "phi"}, kFloat32);
  p.output({"u_new", "temp_new", "phi_out"}, kFloat32);
  p.positive({"alpha", "kappa", "diffusion"});
}
void stencil_body(IdiomParams& p) {
  const auto [u, u_new, alpha] = std::array{p.v[0], p.v[1], p.v[2]};
  ExprId lap;
  if (p.cx.tid.size() == 1) {
    const VarId left = p.let({"left", "u_left"}, p.ex->neighbor(u, 0, -1));
    const VarId right = p.let({"right", "u_right"}, p.ex->neighbor(u, 0, 1));
    lap = p.sub(p.add(p.read(left), p.read(right)), p.mul(p.lit(20), p.own(u)));
  } else {
    const VarId up = p.let({"up", "north"}, p.ex->neighbor(u, 0, -1));
    const VarId down = p.let({"down", "south"}, p.ex->neighbor(u, 0, 1));
    const VarId left = p.let({"left", "west"}, p.ex->neighbor(u, 1, -1));
    const VarId right = p.let({"right", "east"}, p.ex->neighbor(u, 1, 1));
    const ExprId sum = p.add(p.add(p.read(up), p.read(down)), p.add(p.read(left), p.read(right)));
    lap = p.sub(sum, p.mul(p.lit(40), p.own(u)));
  }
  const VarId l = p.let({"lap", "laplacian"}, lap);
  p.st->write_output(1, u_new, p.add(p.own(u), p.mul(p.read(alpha), p.read(l))));
}

// A global sum of squares: v = values[i]; wp.atomic_add(total, 0, v * v).
void reduce_params(IdiomParams& p) {
  p.input({"values", "samples", "energy"}, kFloat32);
  p.output({"total", "sum", "norm_sq"}, kFloat32, 1);
}
void reduce_body(IdiomParams& p) {
  const auto [values, total] = std::array{p.v[0], p.v[1]};
  const VarId x = p.let({"v", "val", "s"}, p.own(values));
  p.st->scatter(1, p.ex->element(total), p.mul(p.read(x), p.read(x)));
}

// A gather through an index array: k = wp.clamp(indices[i], 0, table.shape[0] - 1); out[i] = table[k].
void gather_params(IdiomParams& p) {
  p.input({"table", "lut", "weights"}, kFloat32, 16);
  p.input({"indices", "ids", "lookup"}, kInt32);
  p.output({"out", "gathered", "result"}, kFloat32);
}
void gather_body(IdiomParams& p) {
  const auto [table, indices, out] = std::array{p.v[0], p.v[1], p.v[2]};
  const VarId k = p.let({"k", "idx", "slot"}, p.ex->clamp(table, 0, p.own(indices)));
  p.st->write_output(1, out, p.ex->element_along(table, k));
}

// A histogram: b = wp.clamp(bins[i], 0, hist.shape[0] - 1); wp.atomic_add(hist, b, weights[i]).
void histogram_params(IdiomParams& p) {
  p.input({"bins", "labels", "cells"}, kInt32);
  p.input({"weights", "mass", "counts"}, kFloat32);
  p.output({"hist", "density", "totals"}, kFloat32, 16);
}
void histogram_body(IdiomParams& p) {
  const auto [bins, weights, hist] = std::array{p.v[0], p.v[1], p.v[2]};
  const VarId b = p.let({"b", "bin", "cell"}, p.ex->clamp(hist, 0, p.own(bins)));
  p.st->scatter(1, p.ex->element_along(hist, b), p.own(weights));
}

// Counting distinct cells, each by the first thread that claims it (newton's atomic_cas claims):
// c = wp.clamp(cells[i], 0, visited.shape[0] - 1); prev = wp.atomic_cas(visited, c, 0, 1);
// if prev == 0: wp.atomic_add(unique, 0, 1).
void first_visit_params(IdiomParams& p) {
  p.input({"cells", "keys", "buckets"}, kInt32);
  p.output({"visited", "claimed", "flags"}, kInt32, 16);
  p.output({"unique", "num_unique", "distinct"}, kInt32, 1);
  p.output({"out", "result", "weight"},
           kFloat32);  // what the rest of the kernel computes (claim() retires the two above)
}
void first_visit_body(IdiomParams& p) {
  const auto [cells, visited, unique] = std::array{p.v[0], p.v[1], p.v[2]};
  const VarId c = p.let({"c", "cell", "key"}, p.ex->clamp(visited, 0, p.own(cells)));
  p.st->claim(1, visited, c, unique, p.name({"prev", "old", "was_set"}));
}

// Semi-implicit Euler: v_new = v[i] + f[i] * (inv_mass * dt); x_new = x[i] + v_new * dt.
void integrate_params(IdiomParams& p) {
  p.input({"x", "pos", "positions"}, kVec3);
  p.input({"v", "vel", "velocities"}, kVec3);
  p.input({"f", "force", "forces"}, kVec3);
  p.output({"x_out", "pos_out", "new_pos"}, kVec3);
  p.output({"v_out", "vel_out", "new_vel"}, kVec3);
  p.positive({"dt", "h", "step"});
  p.positive({"inv_mass", "inv_m", "w"});
}
void integrate_body(IdiomParams& p) {
  const auto [x, v, f, x_out, v_out, dt, inv_mass] = std::array{p.v[0], p.v[1], p.v[2], p.v[3], p.v[4], p.v[5], p.v[6]};
  const VarId v_new =
      p.let({"v_new", "vel_new"}, p.add(p.own(v), p.mul(p.own(f), p.mul(p.read(inv_mass), p.read(dt)))));
  const VarId x_new = p.let({"x_new", "pos_new"}, p.add(p.own(x), p.mul(p.read(v_new), p.read(dt))));
  p.st->write_output(1, v_out, p.read(v_new));
  p.st->write_output(1, x_out, p.read(x_new));
}

// A spring to the next particle: stretch = wp.length(p - q) - rest; energy[i] = 0.5 * k * stretch^2.
void spring_params(IdiomParams& p) {
  p.input({"pos", "particles", "points"}, kVec3);
  p.output({"energy", "potential", "e"}, kFloat32);
  p.positive({"k", "stiffness", "ke"});
  p.positive({"rest", "rest_length", "l0"});
}
void spring_body(IdiomParams& p) {
  const auto [pos, energy, k, rest] = std::array{p.v[0], p.v[1], p.v[2], p.v[3]};
  const VarId a = p.let({"p", "xa"}, p.own(pos));
  const VarId b = p.let({"q", "xb"}, p.ex->neighbor(pos, 0, 1));
  const std::array<ExprId, 1> d{p.sub(p.read(a), p.read(b))};
  const VarId stretch = p.let({"stretch", "c"}, p.sub(p.ex->call_builtin("length", d), p.read(rest)));
  const ExprId half_k = p.mul(p.lit(5), p.read(k));
  p.st->write_output(1, energy, p.mul(p.mul(half_k, p.read(stretch)), p.read(stretch)));
}

// A rigid transform of points: out[i] = wp.transform_point(xform, points[i]).
void transform_params(IdiomParams& p) {
  p.input({"points", "verts", "local_pos"}, kVec3);
  p.output({"out", "world_pos", "moved"}, kVec3);
  p.v[p.n++] =
      p.cx.add_param(p.name({"xform", "pose", "body_q"}), kTransform, 0, Role::Param, param_range(kTransform), 0);
}
void transform_body(IdiomParams& p) {
  const auto [points, out, xform] = std::array{p.v[0], p.v[1], p.v[2]};
  const std::array<ExprId, 2> k{p.read(xform), p.own(points)};
  const VarId world = p.let({"world", "wp_pos", "pw"}, p.ex->call_builtin("transform_point", k));
  p.st->write_output(1, out, p.read(world));
}

// `a, b[, c] = wp.<key>(of)` of lang::kDecompositions[row] (in float32): the results are consecutive
// locals (as StmtKind::Decompose prints them), named and bounded by the idiom, in scope; returns the first.
VarId unpack(IdiomParams& p, uint8_t row, ExprId of, std::span<const std::string_view> names,
             std::span<const Range> ranges) {
  Context& cx = p.cx;
  const VarId first = static_cast<VarId>(cx.prog.vars.size());
  const std::span<const types::Type> results = lang::kDecompositions[row].outputs();
  for (size_t k = 0; k < results.size(); ++k) {
    const std::array<std::string_view, 1> name{names[k]};
    const VarId v = cx.add_var(cx.namer.role(cx.rng, name), find_type(results[k]), 0, Role::Local, ranges[k]);
    cx.bound_local(v, ranges[k], false);
    cx.scope.add(v);
  }
  p.st->emit(StmtKind::Decompose, p.indent, of, kNoExpr, kNoExpr, first, row);
  return first;
}

// A deformation gradient taken apart, as FEM and MPM codes do: its rotation and stretches
//   U, sigma, V = wp.svd3(F[i]); R = U * wp.transpose(V); rot[i] = R; stretch[i] = sigma
// (sometimes `U, _, V = ...` and the rotation alone), or the principal axes and values of the right
// Cauchy-Green tensor C = wp.transpose(F) * F: `Q, d = wp.eig3(C)`, or an orthonormal frame and an upper
// triangle, `Q, R = wp.qr3(F[i])`. For F's entries in [-1, 1] every result is bounded: U, V, Q within
// [-1, 1], the singular values within [0, 3], C's eigenvalues within [0, 9], R's entries within 3.
enum : uint8_t { kSvd, kEig, kQr, kNoStretch = 4 };  // rows of lang::kDecompositions, and a variant bit
static_assert(lang::decomposition_row("svd3") == kSvd && lang::decomposition_row("eig3") == kEig &&
              lang::decomposition_row("qr3") == kQr);
void decompose_params(IdiomParams& p) {
  Rng& rng = p.cx.rng;
  static constexpr std::array<double, 3> kKinds = {3, 2, 1};  // svd3, eig3, qr3
  const auto kind = static_cast<uint8_t>(rng.weighted(kKinds));
  p.cx.prog.variant = static_cast<uint8_t>(kind | (kind == kSvd && rng.chance(0.3) ? kNoStretch : 0));
  p.input({"F", "deform", "grad"}, kMat33);
  p.output({"rot", "rotations", "frames"}, kMat33);
  if (kind == kQr)
    p.output({"upper", "r_factor", "tri"}, kMat33);
  else if (!(p.cx.prog.variant & kNoStretch))
    p.output({"stretch", "principal", "scales"}, kVec3);
}
void decompose_body(IdiomParams& p) {
  Context& cx = p.cx;
  const uint8_t kind = cx.prog.variant & 3;
  const bool stretch = !(cx.prog.variant & kNoStretch);
  const auto [F, rot, second] = std::array{p.v[0], p.v[1], p.v[2]};
  static const uint16_t matmul = op_row("*", TClass::Mat, {Pat::T, Pat::MatRhs});
  const auto product = [&](ExprId a, ExprId b) {
    const std::array<ExprId, 2> k{a, b};
    return p.ex->make_op(matmul, kMat33, k);
  };
  const auto transpose = [&](ExprId m) { return p.ex->call_builtin("transpose", std::span<const ExprId>(&m, 1)); };
  ExprId of = p.own(F);
  if (kind == kEig) of = p.read(p.let({"C", "cauchy", "FtF"}, product(transpose(p.own(F)), p.own(F))));
  // the results: consecutive locals, as StmtKind::Decompose prints them
  static constexpr std::array<std::array<std::string_view, 3>, 3> kNames = {
      {{"U", "sigma", "V"}, {"Q", "d", "unused"}, {"Q", "R", "unused"}}};
  static constexpr std::array<std::array<Range, 3>, 3> kRanges = {
      {{Range{-1, 1}, Range{0, 3}, Range{-1, 1}}, {Range{-1, 1}, Range{0, 9}, {}}, {Range{-1, 1}, Range{-3, 3}, {}}}};
  const VarId first = unpack(p, kind, of, kNames[kind], kRanges[kind]);
  if (kind == kSvd) {
    const VarId r = p.let({"R", "rotation", "rot_m"}, product(p.read(first), transpose(p.read(first + 2))));
    p.st->write_output(p.indent, rot, p.read(r));
    if (stretch) p.st->write_output(p.indent, second, p.read(first + 1));
  } else {
    p.st->write_output(p.indent, rot, p.read(first));
    p.st->write_output(p.indent, second, p.read(first + 1));
  }
}

// The angular velocity that turns one orientation into the next over a step, as newton's
// velocity_at_point helpers write it:
//   dq = wp.normalize(q[i] * wp.quat_inverse(q_prev[i]))
//   axis, angle = wp.quat_to_axis_angle(dq)
//   omega[i] = axis * (angle / dt)
// The axis is a unit vector (or zero), the angle within [0, pi], dt within [0.01, 1].
void spin_params(IdiomParams& p) {
  p.input({"q_prev", "rot_prev", "orient_old"}, kQuat);
  p.input({"q", "rot", "orient"}, kQuat);
  p.output({"omega", "ang_vel", "w"}, kVec3);
  p.positive({"dt", "h", "step"});
}
void spin_body(IdiomParams& p) {
  const auto [q_prev, q, omega, dt] = std::array{p.v[0], p.v[1], p.v[2], p.v[3]};
  static const uint16_t qmul = op_row("*", TClass::Quat);
  const ExprId prev = p.own(q_prev);
  const std::array<ExprId, 2> k{p.own(q), p.ex->call_builtin("quat_inverse", std::span<const ExprId>(&prev, 1))};
  const ExprId rel = p.ex->make_op(qmul, kQuat, k);
  const VarId dq = p.let({"dq", "delta_q", "q_rel"}, p.ex->call_builtin("normalize", std::span<const ExprId>(&rel, 1)));
  constexpr std::array<std::string_view, 2> kNames = {"axis", "angle"};
  constexpr std::array<Range, 2> kRanges = {Range{-1, 1}, Range{0, 3.1416}};
  const VarId first = unpack(p, lang::decomposition_row("quat_to_axis_angle"), p.read(dq), kNames, kRanges);
  static const uint16_t div = op_row("/", TClass::NumScalar);
  const std::array<ExprId, 2> rate{p.read(first + 1), p.read(dt)};
  p.st->write_output(p.indent, omega, p.mul(p.read(first), p.ex->make_op(div, kFloat32, rate)));
}

// The distance from each point to the nearest of a table of sites, by brute force, as simulation code
// finds a closest contact:
//   x = points[i]
//   best = wp.length(x - sites[0])
//   for j in range(1, sites.shape[0]):
//       best = wp.min(best, wp.length(x - sites[j]))
//   dist[i] = best
// The contract's table has 16 sites; `best` lies within [0, 2 sqrt(3)] (points and sites in [-1, 1]^3).
void nearest_params(IdiomParams& p) {
  p.input({"points", "pos", "queries"}, kVec3);
  p.input({"sites", "centers", "anchors"}, kVec3, 16);
  p.output({"dist", "nearest", "d_min"}, kFloat32);
}
void nearest_body(IdiomParams& p) {
  Context& cx = p.cx;
  const auto [points, sites, dist] = std::array{p.v[0], p.v[1], p.v[2]};
  const VarId x = p.let({"x", "p", "xi"}, p.own(points));
  const auto distance = [&](ExprId site) {
    const std::array<ExprId, 1> d{p.sub(p.read(x), site)};
    return p.ex->call_builtin("length", d);
  };
  constexpr Range kFound{0, 3.5};
  const VarId best = p.let({"best", "d_best", "closest"}, distance(p.ex->at(sites, p.ex->int_literal(0))));
  VarFacts& f = cx.facts[best];
  f.core = f.env = f.cur = kFound;
  f.drift = {};
  const VarId j = cx.add_var(p.name({"j", "k", "s"}), kInt32, 0, Role::LoopVar, {1, 15});
  p.st->emit(StmtKind::For, p.indent, p.ex->int_literal(1), p.ex->shape_of(sites, 0), kNoExpr, j);
  cx.scope.open();
  cx.scope.add(j);
  cx.trips.push_back(16);
  const std::array<ExprId, 2> both{p.read(best), distance(p.ex->at(sites, p.ex->var(j)))};
  p.st->emit(StmtKind::Assign, p.indent + 1, p.ex->lvalue(best),
             p.ex->make_op(op_row("min", TClass::NumScalar), kFloat32, both));
  cx.trips.pop_back();
  cx.scope.close();
  p.st->write_output(p.indent, dist, p.read(best));
}

constexpr Idiom kIdioms[] = {
    {"map", 1, kNoType, map_params, map_body},
    {"stencil", 1, kNoType, stencil_params, stencil_body},
    {"stencil", 2, kNoType, stencil_params, stencil_body},
    {"reduce", 1, kNoType, reduce_params, reduce_body},
    {"gather", 1, kNoType, gather_params, gather_body},
    {"histogram", 1, kNoType, histogram_params, histogram_body},
    {"first_visit", 1, kNoType, first_visit_params, first_visit_body},
    {"integrate", 1, kVec3, integrate_params, integrate_body},
    {"spring", 1, kVec3, spring_params, spring_body},
    {"transform", 1, kVec3, transform_params, transform_body},
    {"decompose", 1, kMat33, decompose_params, decompose_body},
    {"spin", 1, kQuat, spin_params, spin_body},
    {"nearest", 1, kVec3, nearest_params, nearest_body},
    // Weighted so that each query builtin they write is in at least 1% of `random` kernels.
    {"closest_point", 1, kVec3, closest_params, closest_body, 0.35},
    {"ray_cast", 1, kVec3, raycast_params, raycast_body, 0.15},
    {"mesh_overlap", 1, kVec3, overlap_params, overlap_body, 0.15},
    {"neighbors", 1, kVec3, neighbors_params, neighbors_body, 0.2},
    {"bvh_overlap", 1, kVec3, bvh_count_params, bvh_count_body, 0.2},
};

}  // namespace

std::span<const Idiom> idioms() {
  return kIdioms;
}

uint8_t draw_idiom(Context& cx, int dims) {
  if (cx.policy.queries) {
    std::array<double, std::size(kIdioms)> weights{};
    for (size_t i = 0; i < std::size(kIdioms); ++i)
      if (kIdioms[i].dims == dims) weights[i] = kIdioms[i].query;
    return static_cast<uint8_t>(cx.rng.weighted(weights));
  }
  // Decided on a stream of its own, so that a kernel without an idiom is the one its seed and index
  // gave before idioms existed; the choice and everything after it come from the kernel's stream.
  if (!cx.rng.side(0x6964696f6dULL).chance(cx.policy.p_idiom)) return kNoIdiom;
  std::array<uint8_t, std::size(kIdioms)> fit{};
  size_t n = 0;
  for (size_t i = 0; i < std::size(kIdioms); ++i)
    if (kIdioms[i].query == 0 && kIdioms[i].dims == dims &&
        (kIdioms[i].needs == kNoType || cx.enabled(kIdioms[i].needs)))
      fit[n++] = static_cast<uint8_t>(i);
  return n ? fit[static_cast<size_t>(cx.rng.range(0, static_cast<int64_t>(n) - 1))] : kNoIdiom;
}

IdiomShape declare_idiom(Context& cx, uint8_t id) {
  IdiomParams p{cx};
  kIdioms[id].params(p);
  return p.shape;
}

void write_idiom(Context& cx, ExprBuilder& ex, StmtBuilder& st, uint8_t id) {
  IdiomParams p{cx, &ex, &st};
  const std::vector<VarId>& params = cx.prog.funcs.back().params;
  for (VarId v : params) {
    if (p.n == static_cast<int>(p.v.size())) break;
    p.v[p.n++] = v;
  }
  kIdioms[id].body(p);
}

}  // namespace ws::gen
