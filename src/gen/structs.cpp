#include "gen/structs.h"

#include <array>
#include <span>
#include <string_view>

namespace ws::gen {

namespace {

constexpr std::string_view kStructNames[] = {"Particle", "State", "Params", "Body", "Sample", "Material", "Cell"};
constexpr std::string_view kFieldNames[] = {"pos",   "vel",   "mass", "scale", "offset", "count", "weight",
                                            "value", "extra", "rot",  "flag",  "radius", "level", "gain"};
constexpr std::string_view kParamNames[] = {"cfg", "props", "state", "params", "info"};
constexpr std::string_view kArrayNames[] = {"particles", "bodies", "cells", "samples", "records"};
constexpr std::string_view kLocalNames[] = {"rec", "bundle", "pack", "item"};

int draw(Rng& rng, int lo, int hi) {
  return static_cast<int>(rng.range(lo, hi));
}

// ExprBuilder::make for the two struct expression kinds (never compile-time constants).
ExprId make(Program& p, ExprKind kind, TypeId type, uint16_t ref, std::span<const ExprId> kids) {
  const Range range = kind == ExprKind::Field ? field_range(type) : Range{0, 0};
  p.exprs.push_back(Expr{kind, type, static_cast<uint8_t>(kids.size()), 0, false, ref,
                         static_cast<uint32_t>(p.kids.size()), 0, range});
  p.kids.insert(p.kids.end(), kids.begin(), kids.end());
  return static_cast<ExprId>(p.exprs.size() - 1);
}

}  // namespace

ExprId field(Program& p, ExprId base, size_t index) {
  const StructDecl& s = p.structs[p.vars[p.exprs[base].ref].strct];
  return make(p, ExprKind::Field, s.fields[index].second, static_cast<uint16_t>(index),
              std::span<const ExprId>(&base, 1));
}

namespace {

void assign(Context& cx, ExprId target, ExprId value) {
  cx.prog.stmts.push_back(Stmt{StmtKind::Assign, 1, 0, 0, target, value});
  --cx.budget;
}

// name = <value>: a new local (StmtBuilder::declare's naming and scoping).
void declare(Context& cx, ExprBuilder& ex, TypeId t, ExprId value) {
  const VarId v = cx.add_var(cx.namer.fresh(cx.rng, NameKind::Local, t), t, 0, Role::Local);
  cx.bound_local(v, cx.prog.exprs[value].range);
  cx.facts[v].pending = true;
  assign(cx, ex.lvalue(v), value);
  cx.scope.add(v);
}

// The field indices in random order (the first n of them are the n fields used).
std::array<size_t, 4> shuffled_fields(Rng& rng, size_t nfields) {
  std::array<size_t, 4> order{0, 1, 2, 3};
  for (size_t i = nfields; i-- > 1;)
    std::swap(order[i], order[static_cast<size_t>(rng.range(0, static_cast<int64_t>(i)))]);
  return order;
}

// A struct parameter named from `words`: an unused one (a kernel parameter or an idiom's input may
// already be called `samples` or `state`).
VarId struct_var(Context& cx, std::span<const std::string_view> words, uint8_t ndim) {
  const VarId v = cx.add_var(cx.namer.role(cx.rng, words), kFloat32, ndim, Role::Struct);
  cx.prog.vars[v].strct = 0;
  return v;
}

}  // namespace

void declare_struct(Context& cx) {
  const Policy& pol = cx.policy;
  Rng& rng = cx.rng;
  if (pol.p_struct <= 0 || !rng.chance(pol.p_struct)) return;
  StructDecl s;
  s.name = cx.namer.take(rng.pick(std::span<const std::string_view>(kStructNames)));
  const int nfields = draw(rng, 1, 4);
  std::array<bool, std::size(kFieldNames)> used{};
  for (int i = 0; i < nfields; ++i) {
    TypeId t = cx.draw_local_type();
    if (t == kSpatialVector) t = kFloat32;  // kept out of structs: the native backend does not model it there
    size_t name = static_cast<size_t>(rng.range(0, static_cast<int64_t>(std::size(kFieldNames)) - 1));
    while (used[name]) name = (name + 1) % std::size(kFieldNames);
    used[name] = true;
    s.fields.emplace_back(std::string(kFieldNames[name]), t);
  }
  s.param = rng.chance(0.6);
  s.array = rng.chance(0.5);
  s.local = rng.chance(0.5);
  if (!s.param && !s.array && !s.local) s.param = true;
  cx.prog.structs.push_back(std::move(s));
}

void add_struct_params(Context& cx) {
  if (cx.prog.structs.empty()) return;
  StructDecl& s = cx.prog.structs.front();
  Rng& rng = cx.rng;
  if (s.param) {
    s.param_var = struct_var(cx, kParamNames, 0);
    cx.prog.funcs.back().params.push_back(s.param_var);
  }
  if (s.array) {
    const bool full = rng.chance(cx.policy.p_array_full_dim);
    const auto ndim = static_cast<uint8_t>(full ? cx.policy.tid_dims : 1);
    s.array_var = struct_var(cx, kArrayNames, ndim);
    if (ndim != cx.policy.tid_dims) cx.prog.vars[s.array_var].fixed = 16;  // a fixed-size table
    cx.prog.funcs.back().params.push_back(s.array_var);
  }
}

void read_struct_params(Context& cx, ExprBuilder& ex) {
  if (cx.prog.structs.empty()) return;
  const StructDecl s = cx.prog.structs.front();  // a copy: declare() grows the program's vectors
  Rng& rng = cx.rng;
  for (VarId holder : {s.param_var, s.array_var}) {
    if (holder == kNoVar) continue;
    const int n = draw(rng, 1, static_cast<int>(s.fields.size()));
    const std::array<size_t, 4> order = shuffled_fields(rng, s.fields.size());
    for (int i = 0; i < n; ++i) {
      const ExprId base = cx.prog.vars[holder].ndim ? ex.element(holder) : ex.var(holder);
      declare(cx, ex, s.fields[order[i]].second, field(cx.prog, base, order[i]));
    }
  }
}

void build_struct_local(Context& cx, ExprBuilder& ex) {
  if (cx.prog.structs.empty() || !cx.prog.structs.front().local) return;
  const StructDecl s = cx.prog.structs.front();
  Rng& rng = cx.rng;
  const VarId local = struct_var(cx, kLocalNames, 0);
  assign(cx, ex.lvalue(local), make(cx.prog, ExprKind::StructNew, kFloat32, 0, {}));
  // Set some fields (in random order), then read some of those back.
  const int nset = draw(rng, 1, static_cast<int>(s.fields.size()));
  const std::array<size_t, 4> order = shuffled_fields(rng, s.fields.size());
  for (int i = 0; i < nset; ++i) {
    const TypeId t = s.fields[order[i]].second;
    // Fields keep to field_range, which every read of a field assumes.
    const ExprId value = ex.build(t, static_cast<int>(rng.range(1, cx.policy.max_depth)));
    if (!cx.prog.exprs[value].range.within(field_range(t))) continue;  // the field keeps its zero
    assign(cx, field(cx.prog, ex.lvalue(local), order[i]), value);
  }
  const int nread = draw(rng, 1, nset);
  for (int i = 0; i < nread; ++i) declare(cx, ex, s.fields[order[i]].second, field(cx.prog, ex.var(local), order[i]));
}

}  // namespace ws::gen
