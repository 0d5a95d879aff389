#include "gen/prune.h"

#include <algorithm>
#include <vector>

#include "lang/decompositions.h"

namespace ws::gen {

namespace {

// The variable an assignment target writes (v, v[1], v.x, rec.pos), or kNoVar for array elements.
VarId target_var(const Program& p, ExprId id) {
  const Expr* e = &p.exprs[id];
  while (e->kind == ExprKind::Component || e->kind == ExprKind::Field) e = &p.kid(*e, 0);
  return e->kind == ExprKind::Var ? e->ref : kNoVar;
}

// f(v) for each read in statement s; the target of an assignment is not read by it (nor is v by
// v += e: a value only ever updated is still dead), but its indices are.
template <class F>
void statement_reads(const Program& p, const Stmt& s, F&& f) {
  if ((s.kind == StmtKind::Assign || s.kind == StmtKind::AugAssign) && target_var(p, s.e0) != kNoVar) {
    for (const Expr* e = &p.exprs[s.e0]; e->kind == ExprKind::Component || e->kind == ExprKind::Field;
         e = &p.kid(*e, 0))
      for (int k = 1; k < e->nkids; ++k) for_each_read(p, p.kid_id(*e, k), f);
  } else {
    for_each_read(p, s.e0, f);
  }
  for_each_read(p, s.e1, f);
  for_each_read(p, s.e2, f);
}

// Reads in live statements.
std::vector<uint32_t> live_reads(const Program& p, const std::vector<bool>& gone) {
  std::vector<uint32_t> reads(p.vars.size());
  for (size_t i = 0; i < p.stmts.size(); ++i)
    if (!gone[i]) statement_reads(p, p.stmts[i], [&](VarId v) { ++reads[v]; });
  return reads;
}

bool is_loop(StmtKind k) {
  return k == StmtKind::For || k == StmtKind::While || k == StmtKind::ForIn;
}

bool is_header(StmtKind k) {
  return k == StmtKind::If || k == StmtKind::Elif || k == StmtKind::Else || is_loop(k);
}

class Pruner {
 public:
  explicit Pruner(Program& p) : p_(p), gone_(p.stmts.size(), false) {}

  void run() {
    for (bool changed = true; changed;) {
      const bool writes = drop_dead_writes();  // all run every round
      const bool overwritten = drop_unread_values();
      const bool continues = drop_trailing_continues();
      const bool blocks = drop_empty_blocks();
      changed = writes || overwritten || continues || blocks;
    }
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

  // A write to a local whose value nothing reads: no later statement of its function reads the local,
  // nor (inside a loop, where the next iteration reads it) any statement of the outermost loop around it.
  // `z = x; val = z; z += val` and nothing after: `z += val` goes, then the rest in later rounds.
  bool drop_unread_values() {
    // last_read[v]: the last live statement reading v, per variable (variables are per function).
    std::vector<uint32_t> last_read(p_.vars.size(), 0);
    std::vector<bool> read(p_.vars.size(), false);
    for (size_t i = 0; i < p_.stmts.size(); ++i) {
      if (gone_[i]) continue;
      statement_reads(p_, p_.stmts[i], [&](VarId v) {
        last_read[v] = static_cast<uint32_t>(i);
        read[v] = true;
      });
    }
    bool changed = false;
    for (size_t i = 0; i < p_.stmts.size(); ++i) {
      const Stmt& s = p_.stmts[i];
      if (gone_[i] || (s.kind != StmtKind::Assign && s.kind != StmtKind::AugAssign)) continue;
      const VarId v = target_var(p_, s.e0);
      if (v == kNoVar || p_.vars[v].role != Role::Local || !read[v]) continue;  // unread: drop_dead_writes
      size_t from = i + 1;  // the first statement that can run after this one
      for (size_t h = header_of(i); h != npos; h = header_of(h))
        if (is_loop(p_.stmts[h].kind)) from = h;
      if (last_read[v] >= from && !overwritten(i, v)) continue;
      gone_[i] = true;
      changed = true;
    }
    return changed;
  }

  // Whether the value statement i gives v is replaced before anything reads it: `r = a[i].x` then
  // `r = 0.01` in the same block or one around it, in the same loop iteration, with no read of r, break
  // or continue in between.
  bool overwritten(size_t i, VarId v) const {
    const uint8_t d = p_.stmts[i].indent;
    uint8_t floor = 0;  // statements below this indent are outside i's innermost loop
    for (size_t h = header_of(i); h != npos; h = header_of(h))
      if (is_loop(p_.stmts[h].kind)) {
        floor = static_cast<uint8_t>(p_.stmts[h].indent + 1);
        break;
      }
    uint8_t lowest = d;  // the outermost block the scan has reached: statements deeper are conditional
    for (size_t j = i + 1; j < p_.stmts.size(); ++j) {
      if (gone_[j]) continue;
      const Stmt& s = p_.stmts[j];
      if (s.indent < floor) return false;
      if ((s.kind == StmtKind::Elif || s.kind == StmtKind::Else) && s.indent < lowest) {
        j = body_end(j) - 1;  // the other branches of a chain around i: never run after it
        continue;
      }
      lowest = std::min(lowest, s.indent);
      bool reads_v = false;
      statement_reads(p_, s, [&](VarId r) { reads_v = reads_v || r == v; });
      if (s.kind == StmtKind::Break || s.kind == StmtKind::Continue || reads_v) return false;
      const bool writes_v = (s.kind == StmtKind::Assign || s.kind == StmtKind::AugAssign) && target_var(p_, s.e0) == v;
      if (!writes_v) continue;
      // v += e and v[1] = e keep the rest of the old value; a whole assignment replaces it when it runs
      // whenever i has run: in no block deeper than any statement between them.
      return s.kind == StmtKind::Assign && s.indent <= lowest && p_.exprs[s.e0].kind == ExprKind::Var;
    }
    return false;
  }

  // Index one past the block that the header at h opens.
  size_t body_end(size_t h) const {
    size_t i = h + 1;
    while (i < p_.stmts.size() && (gone_[i] || p_.stmts[i].indent > p_.stmts[h].indent)) ++i;
    return i;
  }

  // Whether the block of the header at h does nothing: every statement removed, or (a loop) nothing
  // left but branches, break, continue and (a while loop) its counter's increment: conditions are pure,
  // so such a loop only spins.
  bool empty(size_t h, size_t end) const {
    const bool loop = is_loop(p_.stmts[h].kind);
    // A spatial query's loop that counts what it visits does its work in that increment (gen/queries.h:
    // `while wp.bvh_query_next(query, item): count += 1`); a plain while loop's increment is its counter.
    const bool counted = p_.stmts[h].kind == StmtKind::While && p_.exprs[p_.stmts[h].e0].kind != ExprKind::Query;
    for (size_t i = h + 1; i < end; ++i) {
      if (gone_[i]) continue;
      const Stmt& s = p_.stmts[i];
      const bool control = s.kind == StmtKind::If || s.kind == StmtKind::Elif || s.kind == StmtKind::Else ||
                           s.kind == StmtKind::Break || s.kind == StmtKind::Continue;
      const bool counter = counted && s.kind == StmtKind::AugAssign && s.indent == p_.stmts[h].indent + 1;
      if (!loop || !(control || counter)) return false;
    }
    return true;
  }

  // The live header of the block that statement i is in, or npos at a function's top level.
  size_t header_of(size_t i) const {
    for (size_t j = i; j-- > 0;) {
      if (gone_[j] || p_.stmts[j].indent >= p_.stmts[i].indent) continue;
      return p_.stmts[j].indent + 1 == p_.stmts[i].indent && is_header(p_.stmts[j].kind) ? j : npos;
    }
    return npos;
  }

  // Whether control leaving statement i (or its block, if it is a header) falls straight to the end of
  // an enclosing loop's body: no later statement of that body runs.
  bool ends_loop_body(size_t i) const {
    const uint8_t d = p_.stmts[i].indent;
    size_t n = next_live(is_header(p_.stmts[i].kind) ? body_end(i) : i + 1);
    // the rest of an if/elif/else chain is skipped
    while (n < p_.stmts.size() && p_.stmts[n].indent == d &&
           (p_.stmts[n].kind == StmtKind::Elif || p_.stmts[n].kind == StmtKind::Else))
      n = next_live(body_end(n));
    if (n < p_.stmts.size() && p_.stmts[n].indent >= d) return false;
    const size_t h = header_of(i);
    if (h == npos) return false;
    const StmtKind k = p_.stmts[h].kind;
    return is_loop(k) || ((k == StmtKind::If || k == StmtKind::Elif || k == StmtKind::Else) && ends_loop_body(h));
  }

  // `continue` as the last thing a loop body does (`if c: continue` at its end) changes nothing.
  bool drop_trailing_continues() {
    bool changed = false;
    for (size_t i = 0; i < p_.stmts.size(); ++i) {
      if (gone_[i] || p_.stmts[i].kind != StmtKind::Continue || !ends_loop_body(i)) continue;
      gone_[i] = true;
      changed = true;
    }
    return changed;
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

  static constexpr size_t npos = static_cast<size_t>(-1);
  Program& p_;
  std::vector<bool> gone_;
};

}  // namespace

void prune(Program& prog) {
  Pruner(prog).run();
}

void name_unread(Program& prog) {
  const std::vector<uint32_t> reads = live_reads(prog);
  bool int_underscore = false;  // an int loop variable or thread index spelled `_`
  for (const Stmt& s : prog.stmts) {
    if (s.kind == StmtKind::For && reads[s.var] == 0) {
      prog.vars[s.var].name.assign(1, '_');
      int_underscore = true;
    }
    // `i, _ = wp.tid()`: an index the kernel does not use, when it uses another one.
    if (s.kind != StmtKind::Tid || s.op < 2) continue;
    bool any_read = false;
    for (int k = 0; k < s.op; ++k) any_read = any_read || reads[s.var + k] > 0;
    for (int k = 0; any_read && k < s.op; ++k)
      if (reads[s.var + k] == 0) {
        prog.vars[s.var + k].name.assign(1, '_');
        int_underscore = true;
      }
  }
  // `U, _, V = wp.svd3(F)`, unless `_` is an int elsewhere: Warp keeps one symbol per name, and a loop
  // rebinding it to another type is an error.
  for (const Stmt& s : prog.stmts)
    if (s.kind == StmtKind::Decompose && !int_underscore)
      for (int k = 0; k < lang::kDecompositions[s.op].count; ++k)
        if (reads[s.var + k] == 0) prog.vars[s.var + k].name.assign(1, '_');
}

std::vector<uint32_t> live_reads(const Program& prog) {
  return live_reads(prog, std::vector<bool>(prog.stmts.size(), false));
}

}  // namespace ws::gen
