#include "gen/prune.h"

#include <algorithm>
#include <vector>

namespace ws::gen {

namespace {

void count_reads(const Program& p, ExprId id, std::vector<uint32_t>& reads) {
  if (id == kNoExpr) return;
  const Expr& e = p.exprs[id];
  if (e.kind == ExprKind::Var || e.kind == ExprKind::Index || e.kind == ExprKind::Shape) ++reads[e.ref];
  for (int i = 0; i < e.nkids; ++i) count_reads(p, p.kid_id(e, i), reads);
}

// The variable an assignment target writes (v, v[1], v.x, rec.pos), or kNoVar for array elements.
VarId target_var(const Program& p, ExprId id) {
  const Expr* e = &p.exprs[id];
  while (e->kind == ExprKind::Component || e->kind == ExprKind::Field) e = &p.kid(*e, 0);
  return e->kind == ExprKind::Var ? e->ref : kNoVar;
}

// Reads in live statements; the target of an assignment is not read by it (nor is v by v += e: a value
// only ever updated is still dead), but its indices are.
std::vector<uint32_t> live_reads(const Program& p, const std::vector<bool>& gone) {
  std::vector<uint32_t> reads(p.vars.size());
  for (size_t i = 0; i < p.stmts.size(); ++i) {
    const Stmt& s = p.stmts[i];
    if (gone[i]) continue;
    if ((s.kind == StmtKind::Assign || s.kind == StmtKind::AugAssign) && target_var(p, s.e0) != kNoVar) {
      const Expr* e = &p.exprs[s.e0];
      for (; e->kind == ExprKind::Component || e->kind == ExprKind::Field; e = &p.kid(*e, 0))
        for (int k = 1; k < e->nkids; ++k) count_reads(p, p.kid_id(*e, k), reads);
    } else {
      count_reads(p, s.e0, reads);
    }
    count_reads(p, s.e1, reads);
    count_reads(p, s.e2, reads);
  }
  return reads;
}

bool is_header(StmtKind k) {
  return k == StmtKind::If || k == StmtKind::Elif || k == StmtKind::Else || k == StmtKind::For ||
         k == StmtKind::While || k == StmtKind::ForIn;
}

class Pruner {
 public:
  explicit Pruner(Program& p) : p_(p), gone_(p.stmts.size(), false) {}

  void run() {
    for (bool changed = true; changed;) {
      const bool writes = drop_dead_writes();  // both run every round
      const bool blocks = drop_empty_blocks();
      changed = writes || blocks;
    }
    const std::vector<uint32_t> reads = live_reads(p_, gone_);
    for (const Stmt& s : p_.stmts)
      if (s.kind == StmtKind::For && reads[s.var] == 0) p_.vars[s.var].name.assign(1, '_');
    compact();
  }

 private:
  bool drop_dead_writes() {
    const std::vector<uint32_t> reads = live_reads(p_, gone_);
    bool changed = false;
    for (size_t i = 0; i < p_.stmts.size(); ++i) {
      const Stmt& s = p_.stmts[i];
      if (gone_[i] || (s.kind != StmtKind::Assign && s.kind != StmtKind::AugAssign)) continue;
      const VarId v = target_var(p_, s.e0);
      if (v == kNoVar || reads[v] > 0) continue;
      const Role role = p_.vars[v].role;
      if (role != Role::Local && role != Role::Struct && role != Role::LoopVar) continue;
      gone_[i] = true;
      changed = true;
    }
    return changed;
  }

  // Index one past the block that the header at h opens.
  size_t body_end(size_t h) const {
    size_t i = h + 1;
    while (i < p_.stmts.size() && (gone_[i] || p_.stmts[i].indent > p_.stmts[h].indent)) ++i;
    return i;
  }

  // Whether the block of the header at h does nothing: every statement removed, or (a while loop) only
  // its counter's increment left.
  bool empty(size_t h, size_t end) const {
    size_t live = 0;
    for (size_t i = h + 1; i < end; ++i) live += !gone_[i];
    if (live == 0) return true;
    // A spatial query's loop that counts what it visits does its work in that increment (gen/queries.h:
    // `while wp.bvh_query_next(query, item): count += 1`).
    if (p_.stmts[h].kind != StmtKind::While || live != 1 || p_.exprs[p_.stmts[h].e0].kind == ExprKind::Query)
      return false;
    for (size_t i = h + 1; i < end; ++i)
      if (!gone_[i]) return p_.stmts[i].kind == StmtKind::AugAssign && p_.stmts[i].indent == p_.stmts[h].indent + 1;
    return false;
  }

  void remove_range(size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) gone_[i] = true;
  }

  // The next live statement at or after i.
  size_t next_live(size_t i) const {
    while (i < p_.stmts.size() && gone_[i]) ++i;
    return i;
  }

  bool drop_empty_blocks() {
    for (size_t h = 0; h < p_.stmts.size(); ++h) {
      Stmt& s = p_.stmts[h];
      if (gone_[h] || !is_header(s.kind)) continue;
      const size_t end = body_end(h);
      if (!empty(h, end)) continue;
      const size_t next = next_live(end);
      const bool follows = next < p_.stmts.size() && p_.stmts[next].indent == s.indent;
      if (s.kind == StmtKind::If && follows && p_.stmts[next].kind == StmtKind::Elif) {
        p_.stmts[next].kind = StmtKind::If;  // if a: (nothing) elif b: X  ->  if b: X
      } else if (s.kind == StmtKind::If && follows && p_.stmts[next].kind == StmtKind::Else) {
        // if a: (nothing) else: X  ->  X
        const size_t else_end = body_end(next);
        for (size_t i = next + 1; i < else_end; ++i) --p_.stmts[i].indent;
        gone_[next] = true;
      }
      remove_range(h, end);
      return true;
    }
    return false;
  }

  // Erases the removed statements; functions keep their (now shorter) statement ranges.
  void compact() {
    std::vector<uint32_t> kept_before(p_.stmts.size() + 1, 0);
    size_t n = 0;
    for (size_t i = 0; i < p_.stmts.size(); ++i) {
      kept_before[i] = static_cast<uint32_t>(n);
      if (!gone_[i]) p_.stmts[n++] = p_.stmts[i];
    }
    kept_before[p_.stmts.size()] = static_cast<uint32_t>(n);
    p_.stmts.resize(n);
    for (Func& f : p_.funcs) {
      f.stmt_begin = kept_before[f.stmt_begin];
      f.stmt_end = kept_before[f.stmt_end];
    }
  }

  Program& p_;
  std::vector<bool> gone_;
};

}  // namespace

void prune(Program& prog) {
  Pruner(prog).run();
}

std::vector<uint32_t> live_reads(const Program& prog) {
  return live_reads(prog, std::vector<bool>(prog.stmts.size(), false));
}

}  // namespace ws::gen
