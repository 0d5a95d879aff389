#include "gen/statics.h"

#include <vector>

namespace ws::gen {

void use_static(Context& cx, ExprBuilder& ex) {
  Rng decide = cx.rng.side(0x737461746963ULL);
  if (!decide.chance(cx.policy.p_static)) return;
  Program& p = cx.prog;
  const Func& kernel = p.funcs.back();
  auto literal = [&](ExprId e) { return e == kNoExpr || p.exprs[e].kind == ExprKind::Lit; };
  std::vector<uint32_t> loops;  // the kernel's loops over literal bounds with the default step
  for (uint32_t i = kernel.stmt_begin; i < kernel.stmt_end; ++i) {
    const Stmt& s = p.stmts[i];
    if (s.kind == StmtKind::For && s.e2 == kNoExpr && literal(s.e0) && literal(s.e1)) loops.push_back(i);
  }
  if (loops.empty()) return;
  Stmt& loop = p.stmts[loops[static_cast<size_t>(decide.range(0, static_cast<int64_t>(loops.size()) - 1))]];
  const int64_t stop = p.exprs[loop.e1 == kNoExpr ? loop.e0 : loop.e1].value;
  const uint8_t form = stop % 2 == 0 && stop >= 4 && decide.chance(0.3) ? 1 : 0;
  const int64_t value = form == 1 ? stop / 2 : stop;
  const VarId count = cx.add_var(cx.namer.fresh(decide, NameKind::Count, kInt32), kInt32, 0, Role::Global,
                                 {static_cast<double>(value), static_cast<double>(value)});
  p.vars[count].plain = true;
  loop.op = StaticStop::encode(p.globals.size(), form);
  p.globals.emplace_back(count, ex.int_literal(value));
}

}  // namespace ws::gen
