#include "gen/constant_reads.h"

#include <vector>

namespace ws::gen {

namespace {

// What a module constant's name stands for at a point of a function, as Adjoint.symbols holds it.
struct Binding {
  uint32_t id = 0;      // 0: not bound yet (the next read binds it)
  bool select = false;  // false: add_constant's variable, initialised where it is declared, at entry
  uint32_t block = 0;   // select: the block whose code writes it (emit_If's merge after an if/else)
};

constexpr uint32_t kNowhere = 0;  // a select of a value some path never wrote: never safe to read

// Follows one function's statements in the order Warp's Adjoint emits them.
class Follower {
 public:
  Follower(Program& p, const std::vector<int>& slot, const std::vector<ExprId>& literal)
      : p_(p), slot_(slot), literal_(literal) {}

  // Returns the reads rewritten; a rewrite can change what later reads see, so callers repeat until 0.
  int run(const Func& f) {
    sym_.assign(literal_.size(), Binding{});
    open_ = {next_block_++};  // block ids start at 1: kNowhere is never open
    rewrites_ = 0;
    if (f.stmt_begin < f.stmt_end) block(f.stmt_begin, f.stmt_end, p_.stmts[f.stmt_begin].indent);
    return rewrites_;
  }

 private:
  void read(ExprId id) {
    if (id == kNoExpr) return;
    Expr& e = p_.exprs[id];
    if (e.kind == ExprKind::Var && slot_[e.ref] >= 0) {
      Binding& b = sym_[slot_[e.ref]];
      if (b.id == 0) {
        b = {next_binding_++, false, 0};
      } else if (b.select && !is_open(b.block)) {
        e = p_.exprs[literal_[slot_[e.ref]]];
        ++rewrites_;
      }
      return;
    }
    for (int i = 0; i < e.nkids; ++i) read(p_.kid_id(e, i));
  }

  bool is_open(uint32_t block) const {
    for (uint32_t b : open_)
      if (b == block) return true;
    return false;
  }

  // One past the body of the header at h.
  size_t body_end(size_t h, size_t end) const {
    size_t i = h + 1;
    while (i < end && p_.stmts[i].indent > p_.stmts[h].indent) ++i;
    return i;
  }

  // The statements from..to as a block of their own; returns its id.
  uint32_t nested(size_t from, size_t to, uint8_t indent) {
    const uint32_t id = next_block_++;
    open_.push_back(id);
    block(from, to, indent);
    open_.pop_back();
    return id;
  }

  // The statements at `indent` from i; returns where they stop.
  size_t block(size_t i, size_t end, uint8_t indent) {
    while (i < end && p_.stmts[i].indent == indent) {
      const Stmt& s = p_.stmts[i];
      const size_t body = body_end(i, end);
      switch (s.kind) {
        case StmtKind::If:
          i = if_chain(i, end);
          continue;
        case StmtKind::For:  // unrolled, the body's code repeats with the first pass's bindings
          read(s.e0), read(s.e1), read(s.e2);
          open_.push_back(next_block_++);
          block(i + 1, body, indent + 1);
          block(i + 1, body, indent + 1);
          open_.pop_back();
          break;
        case StmtKind::ForIn:  // iter_next, like a while loop's condition, runs inside the loop
        case StmtKind::While:  // begin_while evaluates the condition inside the loop
          open_.push_back(next_block_++);
          read(s.e0);
          block(i + 1, body, indent + 1);
          open_.pop_back();
          break;
        default:
          read(s.e0), read(s.e1), read(s.e2);
      }
      i = body;
    }
    return i;
  }

  // emit_If on the header at h (an if, or an elif, which Python nests in the previous else).
  size_t if_chain(size_t h, size_t end) {
    const uint8_t indent = p_.stmts[h].indent;
    read(p_.stmts[h].e0);
    const std::vector<Binding> before = sym_;
    size_t i = body_end(h, end);
    const uint32_t if_block = nested(h + 1, i, indent + 1);
    const std::vector<Binding> taken = sym_;
    sym_ = before;
    uint32_t else_block = 0;
    if (i < end && p_.stmts[i].indent == indent && p_.stmts[i].kind == StmtKind::Elif) {
      else_block = next_block_++;
      open_.push_back(else_block);
      i = if_chain(i, end);
      open_.pop_back();
    } else if (i < end && p_.stmts[i].indent == indent && p_.stmts[i].kind == StmtKind::Else) {
      const size_t e = body_end(i, end);
      else_block = nested(i + 1, e, indent + 1);
      i = e;
    }
    // Written on every path through its branch: a constant's variable, or a select that branch's own
    // code (or code around the if) writes.
    auto whole = [&](const Binding& x, uint32_t arm) { return !x.select || x.block == arm || is_open(x.block); };
    for (size_t g = 0; g < sym_.size(); ++g) {
      const Binding& a = taken[g];
      Binding& b = sym_[g];
      if (a.id == b.id || a.id == 0) continue;  // the same either way, or bound on the else path only
      if (b.id == 0) {
        b = a;  // bound on the if path only: the name keeps that variable, unwritten on the else path
      } else {  // where(cond, if_var, else_var), written here; garbage where either side is partial
        const bool written = whole(a, if_block) && whole(b, else_block);
        b = {next_binding_++, true, written ? open_.back() : kNowhere};
      }
    }
    return i;
  }

  Program& p_;
  const std::vector<int>& slot_;
  const std::vector<ExprId>& literal_;
  std::vector<Binding> sym_;
  std::vector<uint32_t> open_;
  uint32_t next_block_ = 1, next_binding_ = 1;
  int rewrites_ = 0;
};

}  // namespace

int spell_unbound_constants(Program& prog) {
  if (prog.globals.empty()) return 0;
  std::vector<int> slot(prog.vars.size(), -1);
  std::vector<ExprId> literal;
  for (const auto& [v, value] : prog.globals) {
    slot[v] = static_cast<int>(literal.size());
    literal.push_back(value);
  }
  Follower follow(prog, slot, literal);
  int total = 0;
  for (const Func& f : prog.funcs)
    for (int n; (n = follow.run(f)) > 0;) total += n;
  return total;
}

}  // namespace ws::gen
