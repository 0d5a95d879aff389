// Random statements and blocks. Statements are emitted straight into Program::stmts in print order;
// compound statements open a scope so names bound inside a branch or loop never leak past it. Two Warp
// rules shape the choices: a local bound to a constant (a literal, an unrolled loop's iterator, a
// wp.constant) is itself a compile-time constant that a dynamic loop may not mutate (so such
// initialisers are copied, `x = float(0.5)`), and every `while` carries a counter incremented first
// thing in its body (so `continue` cannot skip it and the loop is bounded).
//
// The builder writes no dead code and no race: every block ends by handing each value it computed and
// nobody read on (outer += v, out[i] = v), a local is only re-assigned after it was read, kernels fold
// parameters they never read into an output, and an output is either owned (the thread's own element,
// stored once, first and outside loops, then only added to) or a fixed-size table shared by all
// threads (atomics only). Updates of locals keep their value ranges (gen/range.h), counted per loop trip.
#pragma once

#include "gen/expr.h"

namespace ws::gen {

struct BlockCtx {
  int nest = 0;   // enclosing if/for/while blocks
  int loops = 0;  // enclosing loops
  // Warp copies the iterator constants of unrolled loops that a later dynamic loop's body re-binds, in
  // Python set order (the output would depend on the string hash seed). That takes a dynamic loop
  // inside an unrolled one whose body unrolls two loops; since whether Warp unrolls a for-loop is not
  // always known here, every loop nested in a for-loop allows at most one for-loop in its body.
  bool in_for = false;
  int* fors_left = nullptr;  // for-loops still allowed here (nullptr: no limit)
  // Inside a while loop no `return`: Warp 1.19's backward pass of a while loop that returns from
  // inside never ends (found by launch_check: generate --seed 2026, kernel 1132).
  bool in_while = false;
  // In a branch of a loop body: no new bool here. Warp merges a name first bound in a branch of an
  // unrolled loop with the previous iteration's value, which may never have been written; for a bool
  // that read is undefined behaviour UBSan reports (generate --seed 2026 --verify run, kernel 992).
  bool branch_in_loop = false;
};

class StmtBuilder {
 public:
  StmtBuilder(Context& cx, ExprBuilder& ex) : cx_(cx), ex_(ex) {}

  // Up to `count` random statements at `indent` (fewer once the size budget is spent), in a new scope.
  void block(int indent, int count, BlockCtx bc);
  void statement(int indent, BlockCtx bc);
  // End of a kernel: hand unread locals to outputs, then out[idx] = <expr> for each output not yet
  // written. (consume_params follows, once dead code is pruned.)
  void final_stores(int indent);
  void consume_params(int indent);  // out[i] += <each parameter the kernel does not read>
  void drop_unread_params();        // ...and the signature without those none could take
  // return <expr of type t>; with prefer_call, a call of an earlier helper when one returns t
  void ret(int indent, TypeId t, bool prefer_call = false);
  // name = <value>: a new local of type t; an accumulator may grow further by `+=`/`-=` (bound_local).
  // `name` (an idiom's role name) replaces the drawn one.
  VarId declare(int indent, TypeId t, ExprId value, Role role = Role::Local, bool accumulator = false,
                std::string name = {});
  // An initialiser of type t that is never a compile-time constant.
  ExprId value(TypeId t);
  // Writes `value` to output `out` under the ownership rules (a plain store first, then `+=`; atomics
  // for shared arrays).
  void write_output(int indent, VarId out, ExprId value);
  // wp.atomic_add(<target's array>, <target's indices>, value): a scatter into a shared output.
  void scatter(int indent, ExprId target, ExprId value);
  // The first thread to reach flags[slot] claims it and counts it: `prev = wp.atomic_cas(flags, slot,
  // 0, 1)`, then `if prev == 0: wp.atomic_add(counter, 0, 1)`. Whichever thread wins, the flags and the
  // count come out the same. `flags` then leaves the outputs and `prev` stays out of scope (any other
  // access to either would depend on which thread won); the counter leaves the outputs too, so it
  // counts and nothing else (other sums could overflow its int32).
  void claim(int indent, VarId flags, VarId slot, VarId counter, std::string name);
  // Appends a statement (it spends one unit of the kernel's budget); idioms write theirs through it too.
  void emit(StmtKind kind, int indent, ExprId e0 = kNoExpr, ExprId e1 = kNoExpr, ExprId e2 = kNoExpr, VarId var = 0,
            uint16_t op = 0);
  // Hands on every local of `mine` (the closing block's) written since it was last read.
  void settle(int indent, std::span<const VarId> mine);

 private:
  int depth();
  TypeId pick_type();
  size_t locals(bool (*want)(TypeId), std::array<VarId, 64>& out) const;
  size_t outputs(bool (*want)(TypeId), std::span<VarId> out) const;

  void assign(int indent);
  void aug_assign(int indent);
  void store(int indent);
  void array_aug(int indent);
  void atomic(int indent);
  void comp_assign(int indent);
  void if_chain(int indent, BlockCtx bc);
  // `accumulate`: a local the body starts by adding to (kNoVar for none).
  void for_loop(int indent, BlockCtx bc, bool dynamic, VarId accumulate = kNoVar);
  void reduce(int indent, BlockCtx bc);
  void while_loop(int indent, BlockCtx bc);
  bool for_allowed(const BlockCtx& bc) const { return !bc.fors_left || *bc.fors_left > 0; }
  void guarded(int indent, StmtKind kind);  // if <cond>: break / continue / return
  void warn_exit(int indent, ExprId cond);  // wp.printf naming the thread and a value `cond` read
  void flag_exit(int indent);               // wp.atomic_or(status, 0, <bit>)
  ExprId bit();
  // Writes `value` into one of the first `outer_end` visible locals (with to_locals) or into an output;
  // false when nothing can take it.
  bool pass_on(int indent, ExprId value, bool to_locals, size_t outer_end = 0);
  bool owned(VarId out) const;  // an output with the launch's shape: each thread owns its element
  // A one-element output: written as people write a global sum, wp.atomic_add(total, 0, v), never
  // total[0] += v.
  bool global_sum(VarId out) const { return cx_.prog.vars[out].fixed == 1; }
  bool writable(VarId out) const;                // an output pass_on may write now
  bool updates(VarId v, uint16_t op, ExprId e);  // whether v op= e keeps v's range (and counts it)
  void accumulate_into(int indent, VarId acc, VarId loop_var);
  void use_loop_var(int indent, VarId loop_var);

  Context& cx_;
  ExprBuilder& ex_;
  VarId status_ = kNoVar;  // the kernel's status word, once an early return sets a bit of it
};

}  // namespace ws::gen
