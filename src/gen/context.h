// State shared by the expression and statement builders while one module is generated: the arenas,
// the policy, the variables in scope, and what the kernel's signature provides. The containers live in
// a per-thread Workspace that is cleared, not freed, between kernels, which keeps generation to a few
// microseconds.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "core/rng.h"
#include "gen/names.h"
#include "gen/ops.h"
#include "gen/policy.h"
#include "gen/program.h"

namespace ws::gen {

// Variables visible at the current point. Blocks are scopes: whatever a block declares is gone when it
// closes, which keeps the generator clear of Warp's rules about names first bound inside a branch or loop.
// Per-type counts answer "is there a value of type t / a composite with t components?" in O(1).
class Scope {
 public:
  explicit Scope(const std::vector<Var>& vars) : vars_(vars) {}
  void clear();
  void open() { marks_.push_back(visible_.size()); }
  void close();
  void add(VarId v);
  // At function level (no block open): keeps only the variables `keep` accepts.
  template <class Keep>
  void retain(Keep keep) {
    std::vector<VarId> old;
    old.swap(visible_);
    for (VarId v : old) count(v, -1);
    for (VarId v : old)
      if (keep(v)) add(v);
  }
  const std::vector<VarId>& visible() const { return visible_; }
  // Variables the innermost open block declared (all of them at function level).
  std::span<const VarId> innermost() const {
    const size_t from = marks_.empty() ? 0 : marks_.back();
    return std::span<const VarId>(visible_).subspan(from);
  }
  int values(TypeId t) const { return values_[t]; }  // readable value variables of type t
  int parts(TypeId t) const { return parts_[t]; }    // value variables with components of type t
  // Assignable locals: all, those + and - accept (not bool), and composites (with components to set).
  int locals() const { return locals_; }
  int additive_locals() const { return locals_ - local_bools_; }
  int composite_locals() const { return local_composites_; }

 private:
  void count(VarId v, int delta);
  const std::vector<Var>& vars_;
  std::vector<VarId> visible_;
  std::vector<size_t> marks_;
  std::array<int, kNumTypes> values_{};
  std::array<int, kNumTypes> parts_{};
  int locals_ = 0, local_bools_ = 0, local_composites_ = 0;
};

// Producers of one result type that the current policy allows, with running totals of their weights
// (drawn by binary search: float32 alone has dozens of producers).
struct ProducerChoices {
  bool ready = false;
  std::vector<Producer> items;
  std::vector<double> cumulative;
  const Producer& draw(Rng& rng) const;
};

// What the builder knows of a value variable while it writes the function (gen/range.h). `env` holds at
// every point after the declaration: a plain assignment must stay in `core`, and the `+=`/`-=` updates,
// each counted as many times as the loops around it may run, add up in `drift`, which must keep
// core + drift inside env. Loop-carried values stay bounded without a fixpoint. `cur` is tighter: the
// hull of everything written so far, which is what a read sees unless a loop opened since the
// declaration could bring a later write round first (then the read sees env).
struct VarFacts {
  Range core, env, drift, cur;
  uint8_t loops = 0;     // loops open where the variable was declared
  bool pending = false;  // written since it was last read: the value must still reach a use
};

// How far an output array has been written: a plain store to an element the thread owns comes first or
// not at all (after an update it would overwrite it, a second one would overwrite the first).
enum class OutState : uint8_t { Unwritten, Stored, Updated };

// Reusable containers for one thread's kernels.
struct Workspace {
  Program prog;
  Namer namer;
  Scope scope{prog.vars};
  std::vector<VarId> inputs, outputs, tid;
  std::vector<OutState> written;
  std::vector<uint16_t> reads;
  std::vector<VarFacts> facts;
  std::vector<double> trips;  // bound on the trip count of each open loop, outermost first
  // Every read in order with the variable's pending flag before it, so that a discarded expression can
  // give its reads back.
  std::vector<std::pair<VarId, bool>> read_log;
  std::array<ProducerChoices, kNumTypes> producers;
};

struct Context {
  Context(Workspace& w, Rng& r, const Policy& pol);

  Program& prog;
  Rng& rng;
  const Policy& policy;
  Namer& namer;
  Scope& scope;
  std::vector<VarId>& inputs;      // kernel arrays read from
  std::vector<VarId>& outputs;     // kernel arrays written to
  std::vector<VarId>& tid;         // thread-index variables, outermost first
  std::vector<OutState>& written;  // per var: how far an output has been written
  std::vector<uint16_t>& reads;    // per var: references built so far
  std::vector<VarFacts>& facts;    // per var: value ranges and pending writes
  std::vector<double>& trips;
  std::vector<std::pair<VarId, bool>>& read_log;
  std::array<ProducerChoices, kNumTypes>& producer_cache;  // filled on first use; depends on has_rng

  uint16_t func = 0;  // index of the function being built in prog.funcs
  int budget = 0;     // statements the current function may still add (bounds kernel length)
  bool in_kernel = false;
  VarId rng_var = 0;
  bool has_rng = false;
  uint64_t enabled_mask = 0;                  // bit t: policy.local_type[t] > 0
  std::array<int, kNumTypes> input_values{};  // input arrays with dtype t
  std::array<int, kNumTypes> input_parts{};   // input arrays whose elements have components of type t
  int atomic_outputs = 0;                     // outputs whose dtype atomic_add accepts
  int composite_outputs = 0;                  // outputs with vector/matrix/... elements

  std::array<double, kNumTypes> local_cumulative{};  // running totals of policy.local_type

  bool enabled(TypeId t) const { return enabled_mask >> t & 1u; }
  // A type for a new local (or helper parameter/result), weighted by policy.local_type.
  TypeId draw_local_type();
  // A new variable whose reads see `env` (plain assignments keep to it too).
  VarId add_var(std::string name, TypeId type, uint8_t ndim, Role role, Range env = {});
  // A new parameter of the function being built (in scope); `fixed` as Var::fixed.
  VarId add_param(std::string name, TypeId type, uint8_t ndim, Role role, Range env, uint8_t fixed);
  // Bounds a new local from its initial value: core = init widened to at least [-4, 4] ([0, 16] for
  // ints), env = core widened by what `+=`/`-=` may add (16 for floats, 64 for ints; 1000 and 4096 for
  // a loop's accumulator), both inside the type's safe range.
  void bound_local(VarId v, Range init, bool accumulator = false);
  // How many times a statement written now may run per run of the block that declared v.
  double runs_since(VarId v) const;
  // Whether `v += e` (or `v -= e` with negate) may be written; if so, counts it as a write of v.
  bool take_drift(VarId v, Range e, bool negate);
  // Records a write of a value in `value` to v (which must lie in its core).
  void wrote(VarId v, Range value);
  // The range a read of v sees here.
  Range read_range(VarId v) const {
    const VarFacts& f = facts[v];
    return trips.size() > f.loops ? f.env : f.cur;
  }
  void note_read(VarId v) {
    ++reads[v];
    read_log.emplace_back(v, facts[v].pending);
    facts[v].pending = false;
  }
  // Gives back the reads logged since `mark` (the expression that made them was discarded).
  void undo_reads(size_t mark);
  void add_input(VarId v);
  void clear_inputs();  // a new function starts: its own array parameters only
  void add_output(VarId v);
  void retire_output(VarId v);  // no later statement may write it (add_output undone)
  void reset_producers() {
    for (ProducerChoices& c : producer_cache) c.ready = false;
  }
};

// Calls f(t) for each component type of a value of type c: its scalar, and a matrix's row vector.
template <class F>
void for_part_types(TypeId c, F&& f) {
  const TypeInfo& ci = info(c);
  if (ci.kind == Kind::Scalar) return;
  f(ci.scalar);
  if (ci.kind == Kind::Matrix) f(resolve(Pat::RowVec, c));
}

}  // namespace ws::gen
