#include "gen/collect.h"

#include <array>

#include "gen/idioms.h"
#include "gen/ops.h"
#include "gen/queries.h"
#include "gen/tiles.h"

namespace ws::gen {

namespace {

constexpr std::array<Tag, 9> kAtomicTags = {Tag::AtomicAdd,     Tag::AtomicSub,     Tag::AtomicMin,
                                            Tag::AtomicMax,     Tag::AtomicExch,    Tag::AtomicBitwise,
                                            Tag::AtomicBitwise, Tag::AtomicBitwise, Tag::AtomicCas};
constexpr std::array<Tag, 5> kArrayTags = {Tag::kCount, Tag::kCount, Tag::Array2d, Tag::Array3d, Tag::Array4d};
constexpr std::array<Tag, 5> kTidTags = {Tag::kCount, Tag::kCount, Tag::Tid2d, Tag::Tid3d, Tag::Tid4d};

// Walks the trees the statements hold, not the arena: the builder leaves a few discarded subtrees there.
void add_expr_features(const Program& prog, const Func& f, ExprId id, FeatureSet& fs) {
  static const uint16_t rand_init = op_row("rand_init", TClass::Float32);
  if (id == kNoExpr) return;
  const Expr& e = prog.exprs[id];
  if (e.type != kNoType) fs.add(type_feature(e.type));  // a query object has none
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
    case ExprKind::Field:
    case ExprKind::StructNew:
      fs.add(Tag::Struct);
      break;
    case ExprKind::Tile: {
      fs.add(Tag::Tile);
      fs.add(tile_feature(e.ref));
      const TileValue v = TileValue::unpack(e.value);
      if (tile_ops()[e.ref].kind == TileKind::Map) fs.add(v.helper ? feature_id(Tag::Func) : op_feature(v.callee));
      break;
    }
    case ExprKind::Query:
      fs.add(Tag::Query);
      fs.add(query_feature(e.ref));
      break;
    default:
      break;
  }
  for (int i = 0; i < e.nkids; ++i) add_expr_features(prog, f, prog.kid_id(e, i), fs);
}

void add_stmt_features(const Program& prog, const Func& f, FeatureSet& fs) {
  std::array<int, 16> loop_indents{};
  size_t loops = 0;
  for (uint32_t i = f.stmt_begin; i < f.stmt_end; ++i) {
    const Stmt& s = prog.stmts[i];
    for (ExprId e : {s.e0, s.e1, s.e2}) add_expr_features(prog, f, e, fs);
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
      case StmtKind::While:
      case StmtKind::ForIn: {
        bool literal = s.kind == StmtKind::For;
        for (ExprId e : {s.e0, s.e1, s.e2}) literal = literal && (e == kNoExpr || prog.exprs[e].kind == ExprKind::Lit);
        fs.add(s.kind == StmtKind::While ? Tag::While : literal ? Tag::ForStatic : Tag::ForDynamic);
        if (s.kind == StmtKind::For && s.op != 0) fs.add(Tag::Static);
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
      case StmtKind::Printf:
        fs.add(Tag::Printf);
        break;
      case StmtKind::Expect:
        fs.add(Tag::Expect);
        break;
      case StmtKind::TileStore:
        fs.add(tile_feature(static_cast<uint16_t>(s.op == 3   ? TileKind::Axpy
                                                  : s.op == 2 ? TileKind::Sort
                                                  : s.op == 1 ? TileKind::AtomicAdd
                                                              : TileKind::Store)));
        break;
      case StmtKind::TileCall:
        fs.add(tile_feature(s.op));
        break;
      case StmtKind::Decompose:
        fs.add(Tag::Decompose);
        break;
    }
  }
}

void add_param_features(const Program& prog, const Func& f, FeatureSet& fs) {
  for (VarId v : f.params) {
    const Var& var = prog.vars[v];
    if (var.strct != kNoStruct) {
      fs.add(Tag::Struct);
      if (var.ndim > 1) fs.add(kArrayTags[var.ndim]);
      for (const auto& field : prog.structs[var.strct].fields) fs.add(type_feature(field.second));
      continue;
    }
    fs.add(type_feature(var.type));
    if (var.ndim > 1) fs.add(kArrayTags[var.ndim]);
    if (f.kernel && var.ndim == 0) fs.add(Tag::ScalarParam);
  }
}

void add_calls(const Program& prog, ExprId id, uint32_t& calls) {
  if (id == kNoExpr) return;
  const Expr& e = prog.exprs[id];
  if (e.kind == ExprKind::Call) calls |= 1u << e.ref;
  if (e.kind == ExprKind::Tile && TileValue::unpack(e.value).helper) calls |= 1u << TileValue::unpack(e.value).callee;
  for (int i = 0; i < e.nkids; ++i) add_calls(prog, prog.kid_id(e, i), calls);
}

// Helpers called from f's statements.
uint32_t calls_of(const Program& prog, const Func& f) {
  uint32_t calls = 0;
  for (uint32_t i = f.stmt_begin; i < f.stmt_end; ++i)
    for (ExprId e : {prog.stmts[i].e0, prog.stmts[i].e1, prog.stmts[i].e2}) add_calls(prog, e, calls);
  return calls;
}

}  // namespace

uint32_t reachable_helpers(const Program& prog) {
  if (prog.funcs.size() == 1) return 0;  // the kernel alone
  // Helpers only call earlier helpers, so one backwards sweep from the kernel suffices.
  uint32_t reach = calls_of(prog, prog.funcs.back());
  for (size_t f = prog.funcs.size() - 1; f-- > 0;)
    if (reach >> f & 1u) reach |= calls_of(prog, prog.funcs[f]);
  return reach;
}

FeatureSet collect_features(const Program& prog, uint32_t helpers) {
  FeatureSet fs;
  if (prog.idiom != kNoIdiom) fs.add(feature_id("idiom:" + std::string(idioms()[prog.idiom].name)));
  for (const auto& [var, value] : prog.globals) {
    if (!prog.vars[var].plain) fs.add(Tag::Constant);  // a loop count read through wp.static() is not one
    add_expr_features(prog, prog.funcs.back(), value, fs);
  }
  for (size_t f = 0; f < prog.funcs.size(); ++f) {
    const Func& fn = prog.funcs[f];
    if (!fn.kernel && !(helpers >> f & 1u)) continue;
    add_stmt_features(prog, fn, fs);
    add_param_features(prog, fn, fs);
  }
  return fs;
}

}  // namespace ws::gen
