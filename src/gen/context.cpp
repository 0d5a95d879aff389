#include "gen/context.h"

#include <algorithm>

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
      producer_cache(w.producers) {
  prog.clear();
  namer.clear();
  scope.clear();
  inputs.clear();
  outputs.clear();
  tid.clear();
  written.clear();
  reads.clear();
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

VarId Context::add_var(std::string name, TypeId type, uint8_t ndim, Role role) {
  prog.vars.push_back(Var{std::move(name), type, ndim, role});
  written.push_back(false);
  reads.push_back(0);
  return static_cast<VarId>(prog.vars.size() - 1);
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
  atomic_outputs += info(prog.vars[v].type).atomic_add;
  composite_outputs += !is_scalar(prog.vars[v].type);
}

}  // namespace ws::gen
