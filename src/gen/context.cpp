#include "gen/context.h"

#include <algorithm>
#include <cmath>

namespace ws::gen {

void Scope::clear() {
  visible_.clear();
  marks_.clear();
  values_.fill(0);
  parts_.fill(0);
  locals_ = local_bools_ = local_composites_ = 0;
}

void Scope::close() {
  for (size_t i = marks_.back(); i < visible_.size(); ++i) count(visible_[i], -1);
  visible_.resize(marks_.back());
  marks_.pop_back();
}

void Scope::add(VarId v) {
  visible_.push_back(v);
  count(v, 1);
}

void Scope::count(VarId v, int delta) {
  const Var& var = vars_[v];
  if (var.ndim != 0 || var.role == Role::Rng) return;
  values_[var.type] += delta;
  for_part_types(var.type, [&](TypeId t) { parts_[t] += delta; });
  if (var.role != Role::Local) return;
  locals_ += delta;
  local_bools_ += var.type == kBool ? delta : 0;
  local_composites_ += is_scalar(var.type) ? 0 : delta;
}

const Producer& ProducerChoices::draw(Rng& rng) const {
  const double x = rng.uniform() * cumulative.back();
  const size_t i = static_cast<size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
  return items[i < items.size() ? i : items.size() - 1];
}

Context::Context(Workspace& w, Rng& r, const Policy& pol)
    : prog(w.prog),
      rng(r),
      policy(pol),
      namer(w.namer),
      scope(w.scope),
      inputs(w.inputs),
      outputs(w.outputs),
      tid(w.tid),
      written(w.written),
      reads(w.reads),
      facts(w.facts),
      trips(w.trips),
      read_log(w.read_log),
      producer_cache(w.producers) {
  prog.clear();
  namer.clear();
  scope.clear();
  inputs.clear();
  outputs.clear();
  tid.clear();
  written.clear();
  reads.clear();
  facts.clear();
  trips.clear();
  read_log.clear();
  reset_producers();
  double total = 0;
  for (TypeId t = 0; t < kNumTypes; ++t) {
    if (pol.local_type[t] > 0) enabled_mask |= uint64_t{1} << t;
    local_cumulative[t] = total += std::max(pol.local_type[t], 0.0);
  }
}

TypeId Context::draw_local_type() {
  const double x = rng.uniform() * local_cumulative.back();
  const auto it = std::upper_bound(local_cumulative.begin(), local_cumulative.end(), x);
  return static_cast<TypeId>(std::min<ptrdiff_t>(it - local_cumulative.begin(), kNumTypes - 1));
}

VarId Context::add_var(std::string name, TypeId type, uint8_t ndim, Role role, Range env) {
  prog.vars.push_back(Var{std::move(name), type, ndim, role});
  written.push_back(OutState::Unwritten);
  reads.push_back(0);
  facts.push_back(VarFacts{env, env, {}, env, static_cast<uint8_t>(trips.size()), false});
  return static_cast<VarId>(prog.vars.size() - 1);
}

VarId Context::add_param(std::string name, TypeId type, uint8_t ndim, Role role, Range env, uint8_t fixed) {
  const VarId v = add_var(std::move(name), type, ndim, role, env);
  prog.vars[v].fixed = fixed;
  prog.funcs.back().params.push_back(v);
  scope.add(v);
  return v;
}

void Context::bound_local(VarId v, Range init, bool accumulator) {
  const TypeId s = info(prog.vars[v].type).scalar;
  const double drift = is_float_scalar(s) ? (accumulator ? 1000 : 16) : (accumulator ? 4096 : 64);
  const Range safe = safe_range(s);
  const double w = is_float_scalar(s) ? 4 : 16;
  const Range base = s == kBool ? Range{0, 1} : is_signed_scalar(s) ? Range{-w, w} : Range{0, w};
  VarFacts& f = facts[v];
  f.core = hull(init, base);
  f.core = {std::fmax(f.core.lo, safe.lo), std::fmin(f.core.hi, safe.hi)};
  f.env = s == kBool ? f.core : Range{std::fmax(f.core.lo - drift, safe.lo), std::fmin(f.core.hi + drift, safe.hi)};
  f.drift = {};
  f.cur = init.ok() ? init : f.core;
}

double Context::runs_since(VarId v) const {
  double n = 1;
  for (size_t i = facts[v].loops; i < trips.size(); ++i) n *= trips[i];
  return n;
}

bool Context::take_drift(VarId v, Range e, bool negate) {
  VarFacts& f = facts[v];
  if (!e.ok()) return false;
  const double n = runs_since(v);
  const Range step = negate ? Range{-e.hi, -e.lo} : e;
  const Range drift{f.drift.lo + n * std::fmin(step.lo, 0.0), f.drift.hi + n * std::fmax(step.hi, 0.0)};
  if (!Range{f.core.lo + drift.lo, f.core.hi + drift.hi}.within(f.env)) return false;
  f.drift = drift;
  wrote(v, {f.cur.lo + std::fmin(step.lo, 0.0), f.cur.hi + std::fmax(step.hi, 0.0)});
  return true;
}

void Context::wrote(VarId v, Range value) {
  VarFacts& f = facts[v];
  f.cur = trips.size() > f.loops ? f.env : hull(f.cur, value);
  if (!f.cur.ok()) f.cur = f.env;
  f.pending = true;
}

void Context::undo_reads(size_t mark) {
  while (read_log.size() > mark) {
    const auto [v, pending] = read_log.back();
    --reads[v];
    facts[v].pending = pending;
    read_log.pop_back();
  }
}

void Context::clear_inputs() {
  inputs.clear();
  input_values.fill(0);
  input_parts.fill(0);
}

void Context::add_input(VarId v) {
  inputs.push_back(v);
  const TypeId t = prog.vars[v].type;
  ++input_values[t];
  for_part_types(t, [&](TypeId p) { ++input_parts[p]; });
}

void Context::add_output(VarId v) {
  outputs.push_back(v);
  atomic_outputs += atomic_accepts(prog.vars[v].type, lang::kAtomics[kAtomicAdd]);
  composite_outputs += !is_scalar(prog.vars[v].type);
}

void Context::retire_output(VarId v) {
  if (std::erase(outputs, v) == 0) return;
  atomic_outputs -= atomic_accepts(prog.vars[v].type, lang::kAtomics[kAtomicAdd]);
  composite_outputs -= !is_scalar(prog.vars[v].type);
}

}  // namespace ws::gen
