#include "gen/collect.h"

#include <array>

#include "gen/ops.h"

namespace ws::gen {

namespace {

constexpr std::array<Tag, 4> kAtomicTags = {Tag::AtomicAdd, Tag::AtomicSub, Tag::AtomicMin, Tag::AtomicMax};
constexpr std::array<Tag, 5> kArrayTags = {Tag::kCount, Tag::kCount, Tag::Array2d, Tag::Array3d, Tag::Array4d};
constexpr std::array<Tag, 5> kTidTags = {Tag::kCount, Tag::kCount, Tag::Tid2d, Tag::Tid3d, Tag::Tid4d};

void add_expr_features(const Program& prog, const Func& f, FeatureSet& fs) {
  static const uint16_t rand_init = op_row("rand_init", TClass::Float32);
  for (uint32_t i = f.expr_begin; i < f.expr_end; ++i) {
    const Expr& e = prog.exprs[i];
    fs.add(type_feature(e.type));
    switch (e.kind) {
      case ExprKind::Op:
        fs.add(op_feature(e.ref));
        if (e.ref == rand_init) fs.add(Tag::Rand);
        break;
      case ExprKind::Cast:
        fs.add(Tag::Cast);
        break;
      case ExprKind::Construct:
        fs.add(Tag::Construct);
        break;
      case ExprKind::Component:
        fs.add(Tag::Component);
        break;
      case ExprKind::Ternary:
        fs.add(Tag::Ternary);
        break;
      case ExprKind::Call:
        fs.add(f.kernel ? Tag::Func : Tag::FuncChain);
        break;
      default:
        break;
    }
  }
}

void add_stmt_features(const Program& prog, const Func& f, FeatureSet& fs) {
  std::array<int, 16> loop_indents{};
  size_t loops = 0;
  for (uint32_t i = f.stmt_begin; i < f.stmt_end; ++i) {
    const Stmt& s = prog.stmts[i];
    while (loops > 0 && loop_indents[loops - 1] >= s.indent) --loops;
    switch (s.kind) {
      case StmtKind::If:
        fs.add(Tag::If);
        break;
      case StmtKind::Elif:
        fs.add(Tag::Elif);
        break;
      case StmtKind::Else:
        fs.add(Tag::Else);
        break;
      case StmtKind::For:
      case StmtKind::While: {
        bool literal = s.kind == StmtKind::For;
        for (ExprId e : {s.e0, s.e1, s.e2}) literal = literal && (e == kNoExpr || prog.exprs[e].kind == ExprKind::Lit);
        fs.add(s.kind == StmtKind::While ? Tag::While : literal ? Tag::ForStatic : Tag::ForDynamic);
        if (loops > 0) fs.add(Tag::NestedLoop);
        if (loops < loop_indents.size()) loop_indents[loops++] = s.indent;
        break;
      }
      case StmtKind::Break:
        fs.add(Tag::Break);
        break;
      case StmtKind::Continue:
        fs.add(Tag::Continue);
        break;
      case StmtKind::Return:
        if (f.kernel || i + 1 != f.stmt_end) fs.add(Tag::Return);
        break;
      case StmtKind::Assign:
      case StmtKind::AugAssign: {
        const ExprKind target = prog.exprs[s.e0].kind;
        if (target == ExprKind::Component) fs.add(Tag::CompAssign);
        if (s.kind == StmtKind::AugAssign) fs.add(target == ExprKind::Index ? Tag::ArrayAug : Tag::AugAssign);
        break;
      }
      case StmtKind::Atomic:
        fs.add(kAtomicTags[s.op]);
        break;
      case StmtKind::Tid:
        if (s.op > 1) fs.add(kTidTags[s.op]);
        break;
    }
  }
}

void add_param_features(const Program& prog, const Func& f, FeatureSet& fs) {
  for (VarId v : f.params) {
    const Var& var = prog.vars[v];
    fs.add(type_feature(var.type));
    if (var.ndim > 1) fs.add(kArrayTags[var.ndim]);
    if (f.kernel && var.ndim == 0) fs.add(Tag::ScalarParam);
  }
}

}  // namespace

uint32_t reachable_helpers(const Program& prog) {
  // Helpers only call earlier helpers, so one backwards sweep from the kernel suffices.
  uint32_t reach = prog.funcs.back().calls;
  for (size_t f = prog.funcs.size() - 1; f-- > 0;)
    if (reach >> f & 1u) reach |= prog.funcs[f].calls;
  return reach;
}

FeatureSet collect_features(const Program& prog, uint32_t helpers) {
  FeatureSet fs;
  for (size_t f = 0; f < prog.funcs.size(); ++f) {
    const Func& fn = prog.funcs[f];
    if (!fn.kernel && !(helpers >> f & 1u)) continue;
    add_expr_features(prog, fn, fs);
    add_stmt_features(prog, fn, fs);
    add_param_features(prog, fn, fs);
  }
  return fs;
}

}  // namespace ws::gen
