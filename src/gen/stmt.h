// Random statements and blocks. Statements are emitted straight into Program::stmts in print order;
// compound statements open a scope so names bound inside a branch or loop never leak past it. Two Warp
// rules shape the choices: a local bound to a constant (a literal, an unrolled loop's iterator, a
// wp.constant) is itself a compile-time constant that a dynamic loop may not mutate (so such
// initialisers are copied, `x = float(0.5)`), and every `while` carries a counter incremented first
// thing in its body (so `continue` cannot skip it and the loop is bounded). To keep dead code down,
// blocks often end by handing their last unread local on (outer += v, out[i] = v), and kernels fold
// parameters they never read into an output.
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
};

class StmtBuilder {
 public:
  StmtBuilder(Context& cx, ExprBuilder& ex) : cx_(cx), ex_(ex) {}

  // Up to `count` random statements at `indent` (fewer once the size budget is spent), in a new scope.
  void block(int indent, int count, BlockCtx bc);
  void statement(int indent, BlockCtx bc);
  // End of a kernel: hand unread locals and parameters to outputs, then out[idx] = <expr> for each
  // output not yet written.
  void final_stores(int indent);
  // return <expr of type t>; with prefer_call, a call of an earlier helper when one returns t
  void ret(int indent, TypeId t, bool prefer_call = false);
  // name = <value>: a new local of type t.
  VarId declare(int indent, TypeId t, ExprId value, Role role = Role::Local);
  // An initialiser of type t that is never a compile-time constant.
  ExprId value(TypeId t);

 private:
  void emit(StmtKind kind, int indent, ExprId e0 = kNoExpr, ExprId e1 = kNoExpr, ExprId e2 = kNoExpr, VarId var = 0,
            uint16_t op = 0);
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
  void sink(int indent);                    // pass the innermost block's last unread local on
  void consume_params(int indent);          // out[i] += <each unread parameter>

  Context& cx_;
  ExprBuilder& ex_;
};

}  // namespace ws::gen
