#include "gen/expr.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

#include "gen/queries.h"
#include "lang/class_constants.h"
#include "types/query.h"

namespace ws::gen {

namespace {

constexpr size_t kMaxCandidates = 64;

// Literal floats people write, as (mantissa, decimals): 0.5 is {5, 1}.
// clang-format off
constexpr std::array<std::pair<int, uint8_t>, 13> kNiceFloats = {{
    {0, 1}, {5, 1}, {10, 1}, {20, 1}, {1, 1}, {25, 2}, {30, 1}, {100, 1}, {1, 2}, {75, 2}, {15, 1}, {1000, 1}, {1, 3}}};
// clang-format on

// Of float32 literals, the share written as a constant of the warp module instead (wp.pi), and which
// ones: rows of lang::kModuleConstants, weighted as real code uses them (pi the most, then tau).
constexpr double kWarpConstantShare = 0.015;
constexpr std::array<uint16_t, 4> kWarpConstants = {lang::module_constant_row("pi"), lang::module_constant_row("tau"),
                                                    lang::module_constant_row("half_pi"),
                                                    lang::module_constant_row("e")};
static_assert(std::ranges::all_of(kWarpConstants, [](uint16_t r) { return r < lang::kModuleConstants.size(); }));
constexpr std::array<double, 4> kWarpConstantWeights = {6, 2, 1, 1};

// wp.transform(p, q): the table's transform constructor row.
uint16_t transform_ctor_row() {
  static const uint16_t row = op_row("", TClass::Transform);
  return row;
}

// A composite value whose components have type `t`: where to read it and how many indices it takes.
struct ComponentSource {
  VarId var;
  bool array;      // var is an array: read var[idx] first
  uint8_t nindex;  // 1: v[i] / m[i] (row); 2: m[i, j]
};

template <class F>
void for_component_sources(const Context& cx, TypeId t, bool arrays, F&& f) {
  auto consider = [&](VarId v, bool array) {
    const TypeId c = cx.prog.vars[v].type;
    const TypeInfo& ci = info(c);
    if (ci.kind == Kind::Scalar) return;
    if (ci.kind == Kind::Matrix) {
      if (ci.scalar == t) f(ComponentSource{v, array, 2});
      if (resolve(Pat::RowVec, c) == t) f(ComponentSource{v, array, 1});
    } else if (ci.scalar == t) {
      f(ComponentSource{v, array, 1});
    }
  };
  for (VarId v : cx.scope.visible()) {
    const Var& var = cx.prog.vars[v];
    if (var.ndim == 0 && var.role != Role::Rng) consider(v, false);
  }
  if (arrays)
    for (VarId v : cx.inputs) consider(v, true);
}

// e without a literal offset (`x + 7`, `x - 7`, `7 + x`): the part a comparison's two sides may share.
ExprId strip_offset(const Program& p, ExprId id) {
  const Expr& e = p.exprs[id];
  if (e.kind != ExprKind::Op || e.nkids != 2) return id;
  const std::string_view op = ops()[e.ref].text;
  if ((op == "+" || op == "-") && p.kid(e, 1).kind == ExprKind::Lit) return p.kid_id(e, 0);
  if (op == "+" && p.kid(e, 0).kind == ExprKind::Lit) return p.kid_id(e, 1);
  return id;
}

// The same value up to a literal offset: compared, they say nothing the data decides (`i < i - 4`,
// `6.1 + d > d + 10.0`, `x[i] <= x[i]`).
bool same_up_to_offset(const Program& p, ExprId a, ExprId b) {
  return same_expr(p, strip_offset(p, a), strip_offset(p, b));
}

// Whether a comparison's outcome is fixed by its operands' ranges (or, for == and != on floats, almost
// surely): such a condition is dead code.
bool decided(const Op& o, const Expr& a, const Expr& b) {
  if (!a.range.ok() || !b.range.ok()) return false;
  if ((o.text == "==" || o.text == "!=") && is_float_scalar(a.type)) return true;
  return a.range.hi <= b.range.lo || b.range.hi <= a.range.lo;
}

template <class T>
const T& pick_n(Rng& rng, const std::array<T, kMaxCandidates>& items, size_t n) {
  return items[static_cast<size_t>(rng.range(0, static_cast<int64_t>(n) - 1))];
}

}  // namespace

bool same_expr(const Program& p, ExprId a, ExprId b) {
  const Expr &x = p.exprs[a], &y = p.exprs[b];
  if (x.kind != y.kind || x.type != y.type || x.ref != y.ref || x.value != y.value || x.aux != y.aux ||
      x.nkids != y.nkids)
    return false;
  for (int i = 0; i < x.nkids; ++i)
    if (!same_expr(p, p.kid_id(x, i), p.kid_id(y, i))) return false;
  return true;
}

ExprId ExprBuilder::make(ExprKind kind, TypeId type, uint16_t ref, std::span<const ExprId> kids, uint8_t aux,
                         int64_t value) {
  Program& p = cx_.prog;
  // Warp's adjoint of a conversion to float converts the float adjoint back to the source type
  // (builtin.h: adj_float32(T x, T& adj_x, float32 adj_ret) { adj_x += T(adj_ret); }); for an unsigned
  // or 8/16-bit source a negative or large adjoint makes that an out-of-range conversion, undefined
  // behaviour (UBSan in --verify run). Through int32 the way back is float to int32, then int32 to the
  // source type, which C++ defines for every value: float(int(bits)).
  if (kind == ExprKind::Cast && is_float_scalar(type) && is_int_scalar(p.exprs[kids[0]].type) &&
      p.exprs[kids[0]].type != kInt32 && p.exprs[kids[0]].type != kInt64) {
    const ExprId wide = make(ExprKind::Cast, kInt32, 0, kids);
    return make(kind, type, ref, std::span<const ExprId>(&wide, 1), aux, value);
  }
  // Literals and module constants (NAME = wp.constant(...)) are compile-time values.
  bool constant = kind == ExprKind::Lit || kind == ExprKind::WarpConst ||
                  (kind == ExprKind::Var && p.vars[ref].role == Role::Global);
  if (kind == ExprKind::Op || kind == ExprKind::Cast || kind == ExprKind::Construct || kind == ExprKind::Ternary ||
      kind == ExprKind::Component) {
    constant = true;
    for (ExprId k : kids) constant = constant && p.exprs[k].constant;
  }
  const Range range = range_of(kind, type, ref, kids, aux, value);
  p.exprs.push_back(Expr{kind, type, static_cast<uint8_t>(kids.size()), aux, constant, ref,
                         static_cast<uint32_t>(p.kids.size()), value, range});
  p.kids.insert(p.kids.end(), kids.begin(), kids.end());
  return static_cast<ExprId>(p.exprs.size() - 1);
}

Range ExprBuilder::range_of(ExprKind kind, TypeId type, uint16_t ref, std::span<const ExprId> kids, uint8_t aux,
                            int64_t value) const {
  const Program& p = cx_.prog;
  auto kid = [&](size_t i) { return p.exprs[kids[i]].range; };
  switch (kind) {
    case ExprKind::Lit: {
      double v = static_cast<double>(value);
      if (is_float_scalar(type))
        for (int i = 0; i < aux; ++i) v /= 10;
      return {v, v};
    }
    case ExprKind::Var:
      return cx_.read_range(ref);
    case ExprKind::Index:
      return data_range(type);
    case ExprKind::Shape: {
      const double fixed = p.vars[ref].fixed;
      return fixed ? Range{fixed, fixed} : Range{1, kMaxExtent};
    }
    case ExprKind::Op: {
      const Op& o = ops()[ref];
      std::array<Range, 6> r;
      TypeId t = o.ret == Pat::T || kids.empty() ? type : p.exprs[kids[0]].type;
      for (size_t i = 0; i < kids.size(); ++i) {
        r[i] = kid(i);
        if (o.args[i] == Pat::T) t = p.exprs[kids[i]].type;
      }
      if (o.ret == Pat::T) t = type;
      return op_range(o, t, std::span<const Range>(r.data(), kids.size()));
    }
    case ExprKind::Cast: {
      const Range r = cast_range(type, kid(0));
      return fits(type, r) ? r : Range::bad();
    }
    case ExprKind::Construct: {
      Range r = kid(0);
      for (size_t i = 1; i < kids.size(); ++i) r = hull(r, kid(i));
      return r;
    }
    case ExprKind::Component:
      return kid(0);
    case ExprKind::Ternary:
      return hull(kid(0), kid(2));
    case ExprKind::Call:
      return p.funcs[ref].ret_range;
    case ExprKind::Field:
      return field_range(type);
    case ExprKind::StructNew:
      return {0, 0};
    case ExprKind::WarpConst:
      return {lang::kModuleConstants[ref].value, lang::kModuleConstants[ref].value};
    case ExprKind::Tile:  // built, with their ranges, by gen/tiles.cpp only
      break;
    case ExprKind::Query:
      return query_calls()[ref].range;
    case ExprKind::QueryField:
      return query_field_range(p.vars[p.exprs[kids[0]].ref].query, ref);
  }
  return Range::bad();
}

ExprId ExprBuilder::query(uint16_t row, std::span<const ExprId> kids) {
  return make(ExprKind::Query, query_calls()[row].result, row, kids);
}

ExprId ExprBuilder::query_field(VarId object, uint16_t field, ExprId index) {
  const types::Query kind = cx_.prog.vars[object].query;
  const types::QueryField& f = types::query_fields(kind)[field];
  // An array field of the Mesh descriptor is read by element: points and velocities hold vec3, indices int.
  const TypeId t =
      kind == types::Query::Mesh ? (f.name == "indices" ? TypeId{kInt32} : TypeId{kVec3}) : find_type(f.type);
  const std::array<ExprId, 2> kids{var(object), index};
  return make(ExprKind::QueryField, t, field, std::span<const ExprId>(kids.data(), index == kNoExpr ? 1 : 2));
}

ExprId ExprBuilder::at(VarId array, ExprId index) {
  cx_.note_read(array);
  return make(ExprKind::Index, cx_.prog.vars[array].type, array, std::span<const ExprId>(&index, 1));
}

ExprId ExprBuilder::fallback(TypeId t, size_t read_mark) {
  cx_.undo_reads(read_mark);
  const ExprId s = source(t);
  return s != kNoExpr ? s : literal(t);
}

ExprId ExprBuilder::float_literal(TypeId t, int64_t mantissa, uint8_t decimals) {
  return make(ExprKind::Lit, t, 0, {}, decimals, mantissa);
}

ExprId ExprBuilder::call_builtin(std::string_view name, std::span<const ExprId> kids) {
  const TypeId t = cx_.prog.exprs[kids[0]].type;
  const std::span<const Op> rows = ops();
  for (size_t i = 0; i < rows.size(); ++i) {
    const Op& o = rows[i];
    if (o.text == name && o.form == Form::Call && arity(o) == static_cast<int>(kids.size()) && in_class(o.cls, t) &&
        o.args[0] == Pat::T)
      return make_op(static_cast<uint16_t>(i), resolve(o.ret, t), kids);
  }
  throw std::logic_error("ws::gen: no builtin row " + std::string(name));
}

int ExprBuilder::count_vars(TypeId t) const {
  return cx_.scope.values(t);
}

int ExprBuilder::count_arrays(TypeId t) const {
  return in_index_ ? 0 : cx_.input_values[t];
}

VarId ExprBuilder::pick_var(TypeId t) {
  // Later declarations are likelier, and values not read yet much likelier: fresh values tend to be used
  // soon after they are made, and a local nobody reads is dead code.
  std::array<VarId, kMaxCandidates> cand;
  std::array<double, kMaxCandidates> w;
  size_t n = 0;
  for (VarId v : cx_.scope.visible()) {
    const Var& var = cx_.prog.vars[v];
    if (var.type != t || var.ndim != 0 || var.role == Role::Rng || n == kMaxCandidates) continue;
    cand[n] = v;
    w[n] = (1.0 + static_cast<double>(n)) * (cx_.facts[v].pending || cx_.reads[v] == 0 ? 4.0 : 1.0);
    ++n;
  }
  return cand[cx_.rng.weighted(std::span<const double>(w.data(), n))];
}

VarId ExprBuilder::pick_array(TypeId t) {
  // Arrays nobody has read yet first: a kernel that ignores its inputs is a poor example.
  std::array<VarId, kMaxCandidates> cand;
  std::array<double, kMaxCandidates> w;
  size_t n = 0;
  for (VarId v : cx_.inputs)
    if ((t == kNoType || cx_.prog.vars[v].type == t) && n < cand.size()) {
      cand[n] = v;
      w[n++] = cx_.reads[v] == 0 ? 4.0 : 1.0;
    }
  return cand[cx_.rng.weighted(std::span<const double>(w.data(), n))];
}

// An array in scope that can be passed for helper parameter p (same dtype and dimensionality). Not an
// output: a helper reads its array anywhere, and other threads are writing an output's elements (a race;
// with dst[t] += wp.exp(dst[k]) it also grew to Inf: launch_check, --seed 4711 kernel 287).
VarId ExprBuilder::array_argument(VarId p, bool pick) {
  const Var& want = cx_.prog.vars[p];
  std::array<VarId, kMaxCandidates> cand;
  size_t n = 0;
  for (VarId v : cx_.scope.visible()) {
    const Var& var = cx_.prog.vars[v];
    if (var.ndim == want.ndim && var.type == want.type && var.role != Role::Output && n < cand.size()) cand[n++] = v;
  }
  if (n == 0) return kNoVar;
  return pick ? pick_n(cx_.rng, cand, n) : cand[0];
}

bool ExprBuilder::callable(uint16_t f, TypeId t) {
  const Func& fn = cx_.prog.funcs[f];
  if (fn.ret != t) return false;
  for (VarId p : fn.params)
    if (cx_.prog.vars[p].ndim > 0 && array_argument(p, false) == kNoVar) return false;
  return true;
}

int ExprBuilder::count_callables(TypeId t) {
  int n = 0;
  for (uint16_t f = 0; f < cx_.func; ++f) n += callable(f, t);
  return n;
}

bool ExprBuilder::component_source(TypeId t) const {
  return cx_.scope.parts(t) > 0 || (!in_index_ && cx_.input_parts[t] > 0);
}

const ProducerChoices& ExprBuilder::choices(TypeId t) {
  ProducerChoices& c = cx_.producer_cache[t];
  if (c.ready) return c;
  c.ready = true;
  c.items.clear();
  c.cumulative.clear();
  double total = 0;
  const Policy& pol = cx_.policy;
  for (const Producer& pr : producers(t)) {
    if ((pr.uses & ~cx_.enabled_mask) != 0 || (pr.rng && !cx_.has_rng)) continue;
    const Op& op = ops()[pr.op];
    const double w = op.weight * pol.group[static_cast<size_t>(op.group)] * pol.local_type[pr.t];
    if (w <= 0) continue;
    c.items.push_back(pr);
    c.cumulative.push_back(total += w);
  }
  return c;
}

ExprId ExprBuilder::build(TypeId t, int depth) {
  const Policy& pol = cx_.policy;
  const TypeInfo& ti = info(t);
  const int narrays = count_arrays(t);
  const bool sourced = count_vars(t) > 0 || narrays > 0;
  Weights<ExprChoice> w{};
  auto set = [&](ExprChoice c, double scale) { w[static_cast<size_t>(c)] = pol.expr[static_cast<size_t>(c)] * scale; };
  if (count_vars(t) > 0) set(ExprChoice::Var, 1);
  if (narrays > 0) set(ExprChoice::Index, 1);
  if (t == kInt32 && !in_index_ && !cx_.inputs.empty()) set(ExprChoice::Shape, 1);
  set(ExprChoice::Lit, t == kBool ? 0.02 : ti.kind == Kind::Scalar ? 1.0 : 0.2);
  if (depth > 0) {
    // With no value of a composite type in scope, operators on it would only combine constants.
    if (!choices(t).items.empty()) set(ExprChoice::Op, sourced || ti.kind == Kind::Scalar ? 1.0 : 0.15);
    if (ti.kind == Kind::Scalar && t != kBool) set(ExprChoice::Cast, 1);
    if (ti.kind == Kind::Vector || ti.kind == Kind::Matrix || ti.kind == Kind::Quat)
      set(ExprChoice::Construct, sourced ? 1.0 : 4.0);
    if (component_source(t)) set(ExprChoice::Component, 1);
    if (!in_ternary_) set(ExprChoice::Ternary, t == kBool ? 0.1 : 1.0);
    if (count_callables(t) > 0) set(ExprChoice::Call, 1);
  }
  double total = 0;
  for (double x : w) total += x;
  if (total <= 0) return literal(t);

  const size_t mark = cx_.read_log.size();
  const ExprId e = production(static_cast<ExprChoice>(cx_.rng.weighted(w)), t, depth);
  return fits(t, cx_.prog.exprs[e].range) ? e : fallback(t, mark);
}

ExprId ExprBuilder::production(ExprChoice choice, TypeId t, int depth) {
  switch (choice) {
    case ExprChoice::Var:
      return var(pick_var(t));
    case ExprChoice::Index:
      return element(pick_array(t));
    case ExprChoice::Shape:
      return shape();
    case ExprChoice::Op: {
      // Prefer rows whose operands can be read from something in scope; one with nothing to read would
      // only combine constants (wp.float16(1.5) < wp.float16(2.0)).
      const ProducerChoices& c = choices(t);
      const Producer* p = &c.draw(cx_.rng);
      for (int retry = 0; retry < 3 && !has_source(resolve(ops()[p->op].args[0], p->t)) && cx_.rng.chance(0.85);
           ++retry)
        p = &c.draw(cx_.rng);
      return op(*p, depth);
    }
    case ExprChoice::Cast: {
      const ExprId e = cast(t, depth);
      return e != kNoExpr ? e : literal(t);
    }
    case ExprChoice::Construct:
      return construct(t, depth);
    case ExprChoice::Component:
      return component(t);
    case ExprChoice::Ternary:
      return ternary(t, depth);
    case ExprChoice::Call:
      return call(t, depth);
    case ExprChoice::Lit:
    case ExprChoice::kCount:
      break;
  }
  return literal(t);
}

bool ExprBuilder::has_source(TypeId t) const {
  // kNoType: an Rng operand, always available.
  return t == kNoType || count_vars(t) > 0 || count_arrays(t) > 0 || (is_scalar(t) && component_source(t));
}

ExprId ExprBuilder::source(TypeId t) {
  const int narrays = count_arrays(t);
  const int nvars = count_vars(t);
  const bool comp = is_scalar(t) && component_source(t);
  if (nvars == 0 && narrays == 0 && !comp) return kNoExpr;
  const std::array<double, 3> w = {nvars > 0 ? 3.0 : 0.0, narrays > 0 ? 2.0 : 0.0, comp ? 1.0 : 0.0};
  switch (cx_.rng.weighted(w)) {
    case 0:
      return var(pick_var(t));
    case 1:
      return element(pick_array(t));
    default:
      return component(t);
  }
}

ExprId ExprBuilder::op(const Producer& p, int depth) {
  const Op& o = ops()[p.op];
  std::array<ExprId, 6> kids{};
  const int n = arity(o);
  bool constant = true;
  for (int a = 0; a < n; ++a) {
    kids[a] = o.args[a] == Pat::Rng ? var(cx_.rng_var) : build(resolve(o.args[a], p.t), depth - 1);
    constant = constant && cx_.prog.exprs[kids[a]].constant;
  }
  if (constant && n > 0 && o.form != Form::Ctor) {
    const ExprId s = source(resolve(o.args[0], p.t));
    if (s != kNoExpr) kids[0] = s;
  }
  // x < x, a[i] - a[i], wp.cross(v, v), i < i - 4: the first two operands the same (for a comparison, up
  // to a literal offset) says nothing.
  const bool compare = o.group == OpGroup::Compare;
  if (n >= 2 && (compare ? same_up_to_offset(cx_.prog, kids[0], kids[1]) : same_expr(cx_.prog, kids[0], kids[1])))
    kids[1] = literal(resolve(o.args[1], p.t));
  guard(o, p.t, std::span<ExprId>(kids.data(), n));
  const ExprId e = make(ExprKind::Op, resolve(o.ret, p.t), p.op, std::span<const ExprId>(kids.data(), n));
  if (o.group == OpGroup::Compare && decided(o, cx_.prog.exprs[kids[0]], cx_.prog.exprs[kids[1]]))
    cx_.prog.exprs[e].range = Range::bad();  // a branch on it would always or never run
  // Arithmetic on constants only (wp.length(wp.vec2(3.0, 4.0)), wp.uint32(7) / wp.uint32(4)) is a value
  // a person works out by hand: with nothing in scope to read instead, build() writes a plain value.
  if (n > 0 && o.form != Form::Ctor && cx_.prog.exprs[e].constant) cx_.prog.exprs[e].range = Range::bad();
  return e;
}

ExprId ExprBuilder::cast(TypeId t, int depth) {
  std::array<double, kFloat64 + 1> w{};  // the scalar types
  bool any = false;
  for (TypeId s = kInt8; s <= kFloat64; ++s)
    if (s != t && cx_.enabled(s)) w[s] = cx_.policy.local_type[s], any = true;
  if (!any) return kNoExpr;
  const auto src = static_cast<TypeId>(cx_.rng.weighted(w));
  ExprId kid = build(src, depth - 1);
  // float(2.5) is a constant in disguise; convert something that varies when there is one.
  if (cx_.prog.exprs[kid].constant) {
    const ExprId s = source(src);
    if (s != kNoExpr) kid = s;
  }
  // Warp's 64-bit constructors retype a constant argument in place, which corrupts a named constant
  // (an unrolled loop's iterator, a wp.constant) for every later use: hand them a copy.
  const Expr& k = cx_.prog.exprs[kid];
  const bool wide = t == kFloat64 || t == kInt64 || t == kUInt64;
  const bool named_constant = k.kind == ExprKind::Var &&
                              (cx_.prog.vars[k.ref].role == Role::LoopVar || cx_.prog.vars[k.ref].role == Role::Global);
  if (wide && named_constant) kid = cast_to(k.type, kid);
  const bool wp_spelling = (t == kFloat32 || t == kInt32) && cx_.rng.chance(0.25);
  return make(ExprKind::Cast, t, 0, std::span<const ExprId>(&kid, 1), wp_spelling ? 1 : 0);
}

ExprId ExprBuilder::construct(TypeId t, int depth) {
  // Vectors also broadcast one scalar: wp.vec3(x) (not spatial vectors, whose constructor lacks it).
  const bool broadcast = info(t).kind == Kind::Vector && info(t).rows <= 4 && cx_.rng.chance(0.15);
  const int n = broadcast ? 1 : component_count(t);
  std::array<ExprId, 16> kids{};
  // Long constructors (mat33, mat44) take plain leaves so a single expression stays readable.
  const int kid_depth = n > 4 ? 0 : depth - 1;
  for (int i = 0; i < n; ++i) kids[i] = build(info(t).scalar, kid_depth);
  return make(ExprKind::Construct, t, 0, std::span<const ExprId>(kids.data(), n));
}

ExprId ExprBuilder::component(TypeId t) {
  std::array<ComponentSource, kMaxCandidates> cand;
  size_t n = 0;
  for_component_sources(cx_, t, !in_index_, [&](const ComponentSource& s) {
    if (n < kMaxCandidates) cand[n++] = s;
  });
  const ComponentSource& s = pick_n(cx_.rng, cand, n);
  const ExprId base = s.array ? element(s.var) : var(s.var);
  const TypeInfo& bi = info(cx_.prog.vars[s.var].type);
  std::array<ExprId, 3> kids{base, 0, 0};
  // A loop variable sometimes indexes dynamically (v[i]); otherwise a literal in range.
  VarId loop = 0;
  bool have_loop = false;
  for (VarId v : cx_.scope.visible())
    if (cx_.prog.vars[v].role == Role::LoopVar) loop = v, have_loop = true;
  bool literal_index = true;
  for (int i = 0; i < s.nindex; ++i) {
    const int extent = i == 0 ? bi.rows : bi.cols;
    // A loop variable indexes only when its range keeps it inside the vector.
    if (have_loop && cx_.facts[loop].env.within({0, extent - 1.0}) && cx_.rng.chance(0.5)) {
      kids[1 + i] = var(loop);
      literal_index = false;
    } else {
      kids[1 + i] = int_literal(cx_.rng.range(0, extent - 1));
    }
  }
  const bool attr = literal_index && s.nindex == 1 && (bi.kind == Kind::Vector || bi.kind == Kind::Quat) &&
                    bi.rows <= 4 && cx_.rng.chance(cx_.policy.p_attr);
  return make(ExprKind::Component, t, 0, std::span<const ExprId>(kids.data(), 1 + s.nindex), attr ? 1 : 0);
}

ExprId ExprBuilder::component_of(ExprId base) {
  const TypeId bt = cx_.prog.exprs[base].type;
  const TypeInfo& bi = info(bt);
  std::array<ExprId, 3> kids{base, 0, 0};
  // Matrices: one element (m[i, j]) or, now and then, a whole row (m[i]).
  const bool row = bi.kind == Kind::Matrix && cx_.rng.chance(0.3);
  const int nindex = bi.kind == Kind::Matrix && !row ? 2 : 1;
  for (int i = 0; i < nindex; ++i) kids[1 + i] = int_literal(cx_.rng.range(0, (i == 0 ? bi.rows : bi.cols) - 1));
  const bool attr = nindex == 1 && (bi.kind == Kind::Vector || bi.kind == Kind::Quat) && bi.rows <= 4 &&
                    cx_.rng.chance(cx_.policy.p_attr);
  const TypeId t = row ? resolve(Pat::RowVec, bt) : bi.scalar;
  return make(ExprKind::Component, t, 0, std::span<const ExprId>(kids.data(), 1 + nindex), attr ? 1 : 0);
}

ExprId ExprBuilder::ternary(TypeId t, int depth) {
  in_ternary_ = true;
  std::array<ExprId, 3> kids{build(t, depth - 1), build(kBool, depth - 1), build(t, depth - 1)};
  // `a if False else b` is b to Warp, a compile-time constant when b is one (a local bound to it could
  // then not be re-typed or mutated by a loop): the condition reads something.
  if (cx_.prog.exprs[kids[1]].constant) {
    const ExprId c = threshold();
    if (c != kNoExpr) kids[1] = c;
  }
  if (cx_.prog.exprs[kids[0]].constant && cx_.prog.exprs[kids[2]].constant) {
    const ExprId s = source(t);
    if (s != kNoExpr) kids[0] = s;
  }
  in_ternary_ = false;
  const ExprId e = make(ExprKind::Ternary, t, 0, kids);
  // `x if True else y` picks by nothing, and `True if c else False` is c: build() writes something else.
  const bool literal_bools = t == kBool && cx_.prog.exprs[kids[0]].constant && cx_.prog.exprs[kids[2]].constant;
  if (cx_.prog.exprs[kids[1]].constant || literal_bools) cx_.prog.exprs[e].range = Range::bad();
  return e;
}

ExprId ExprBuilder::call(TypeId t, int depth) {
  std::array<uint16_t, kMaxCandidates> cand;
  size_t n = 0;
  for (uint16_t f = 0; f < cx_.func && n < cand.size(); ++f)
    if (callable(f, t)) cand[n++] = f;
  const uint16_t f = pick_n(cx_.rng, cand, n);
  std::array<ExprId, 8> kids{};
  const auto& params = cx_.prog.funcs[f].params;
  bool in_range = true;  // every argument inside the range the helper was written for
  for (size_t i = 0; i < params.size(); ++i) {
    const Var& p = cx_.prog.vars[params[i]];
    kids[i] = p.ndim > 0 ? var(array_argument(params[i], true)) : build(p.type, depth - 1);
    in_range = in_range && (p.ndim > 0 || cx_.prog.exprs[kids[i]].range.within(cx_.facts[params[i]].env));
  }
  const ExprId e = make(ExprKind::Call, t, f, std::span<const ExprId>(kids.data(), params.size()));
  if (!in_range) cx_.prog.exprs[e].range = Range::bad();
  return e;
}

ExprId ExprBuilder::shape() {
  const VarId a = pick_array(kNoType);
  return shape_of(a, static_cast<int>(cx_.rng.range(0, cx_.prog.vars[a].ndim - 1)));
}

ExprId ExprBuilder::lvalue(VarId v) {
  return make(ExprKind::Var, cx_.prog.vars[v].type, v, {});
}

ExprId ExprBuilder::var(VarId v) {
  cx_.note_read(v);
  return make(ExprKind::Var, cx_.prog.vars[v].type, v, {});
}

namespace {

// A comparison whose outcome the code decides, not the data (the two sides are the same value up to a
// literal offset), alone or in an `and`/`or`.
bool decided(const Program& p, const Expr& e) {
  if (e.kind != ExprKind::Op || e.nkids != 2 || e.type != kBool) return false;
  const std::string_view op = ops()[e.ref].text;
  if (op == "and" || op == "or") return decided(p, p.kid(e, 0)) || decided(p, p.kid(e, 1));
  if (op != "<" && op != "<=" && op != ">" && op != ">=" && op != "==" && op != "!=") return false;
  return same_up_to_offset(p, p.kid_id(e, 0), p.kid_id(e, 1));
}

}  // namespace

ExprId ExprBuilder::cond(int depth) {
  // A condition that reads nothing (True, wp.isnan(0.5)) or compares a variable with itself (`t + 7 <=
  // t`) always or never runs its branch.
  const size_t mark = cx_.read_log.size();
  auto settled = [&](ExprId e) { return cx_.prog.exprs[e].constant || decided(cx_.prog, cx_.prog.exprs[e]); };
  ExprId e = build(kBool, depth < 1 ? 1 : depth);
  for (int retry = 0; retry < 4 && settled(e); ++retry) {
    cx_.undo_reads(mark);
    e = build(kBool, 1 + retry % 2);
  }
  if (!settled(e)) return e;
  cx_.undo_reads(mark);
  return threshold();
}

ExprId ExprBuilder::threshold() {
  // Compare a value with a threshold inside its range: `x > 0.3`, `i < 8`. A scalar parameter has one
  // value under the launch contract, so comparing it with anything literal would decide the branch.
  const size_t mark = cx_.read_log.size();
  ExprId s = source(kFloat32);
  if (s != kNoExpr && !(cx_.prog.exprs[s].range.lo < cx_.prog.exprs[s].range.hi)) {
    cx_.undo_reads(mark);
    s = kNoExpr;
  }
  if (s == kNoExpr && cx_.in_kernel && !cx_.tid.empty()) s = var(cx_.tid[0]);
  if (s == kNoExpr) return kNoExpr;
  const Range r = cx_.prog.exprs[s].range;
  const bool flt = cx_.prog.exprs[s].type == kFloat32;
  const ExprId bound = flt ? float_literal(kFloat32, static_cast<int64_t>(std::round((r.lo + r.hi) * 5)), 1)
                           : int_literal(cx_.rng.range(2, 16));
  static const uint16_t less = op_row("<", TClass::NumScalar), greater = op_row(">", TClass::NumScalar);
  const std::array<ExprId, 2> kids{s, bound};
  return make_op(cx_.rng.chance(0.5) ? less : greater, kBool, kids);
}

ExprId ExprBuilder::zero(TypeId t) {
  const TypeInfo& ti = info(t);
  const ExprId z = make(ExprKind::Lit, ti.scalar, 0, {}, is_float_scalar(ti.scalar) ? 1 : 0, 0);
  if (ti.kind == Kind::Scalar) return cast_to(t, z);
  std::array<ExprId, 16> kids{};
  const int n = ti.rows <= 4 ? 1 : component_count(t);  // wp.vec3(0.0); spatial vectors spell out all six
  kids.fill(z);
  return make(ExprKind::Construct, t, 0, std::span<const ExprId>(kids.data(), n));
}

ExprId ExprBuilder::int_literal(int64_t v) {
  return make(ExprKind::Lit, kInt32, 0, {}, 0, v);
}

ExprId ExprBuilder::literal(TypeId t) {
  Rng& rng = cx_.rng;
  const TypeInfo& ti = info(t);
  if (ti.kind == Kind::Transform) {
    const std::array<ExprId, 2> kids{literal(resolve(Pat::Vec3S, t)), literal(resolve(Pat::QuatS, t))};
    return make(ExprKind::Op, t, transform_ctor_row(), kids);
  }
  if (ti.kind == Kind::Quat) {
    // A rotation about one axis, as people write one out: wp.quat(0.0, 0.0, 0.38, 0.92).
    static constexpr std::array<std::pair<int, int>, 5> kSinCos = {{{0, 100}, {38, 92}, {71, 71}, {92, 38}, {100, 0}}};
    const auto& sc = rng.pick(std::span<const std::pair<int, int>>(kSinCos));
    const int64_t axis = rng.range(0, 2);
    std::array<ExprId, 4> kids{};
    for (int64_t i = 0; i < 4; ++i)
      kids[i] = float_literal(ti.scalar, i == 3 ? sc.second : i == axis ? sc.first : 0, 2);
    return make(ExprKind::Construct, t, 0, kids);
  }
  if (ti.kind != Kind::Scalar) {
    std::array<ExprId, 16> kids{};
    const int n = component_count(t);
    for (int i = 0; i < n; ++i) kids[i] = literal(ti.scalar);
    return make(ExprKind::Construct, t, 0, std::span<const ExprId>(kids.data(), n));
  }
  if (t == kBool) return make(ExprKind::Lit, t, 0, {}, 0, rng.chance(0.5));
  if (t == kFloat32 && rng.chance(kWarpConstantShare)) {
    const auto& c = kWarpConstants[rng.weighted(std::span<const double>(kWarpConstantWeights))];
    return make(ExprKind::WarpConst, t, c, {});
  }
  if (is_float_scalar(t)) {
    int64_t mant;
    uint8_t decimals;
    if (rng.chance(0.6)) {
      const auto& nice = rng.pick(std::span<const std::pair<int, uint8_t>>(kNiceFloats));
      mant = nice.first;
      decimals = nice.second;
    } else {
      decimals = static_cast<uint8_t>(rng.range(1, 2));
      mant = rng.range(1, decimals == 1 ? 99 : 999);
    }
    if (rng.chance(0.08)) mant = -mant;
    return make(ExprKind::Lit, t, 0, {}, decimals, mant);
  }
  int64_t v = rng.chance(0.8) ? rng.range(0, 9) : rng.range(10, 100);
  if (is_signed_scalar(t) && !in_index_ && rng.chance(0.05)) v = -v;
  return make(ExprKind::Lit, t, 0, {}, 0, v);
}

}  // namespace ws::gen
