#include "gen/printer.h"

#include <charconv>

#include "gen/ops.h"
#include "gen/queries.h"
#include "gen/tiles.h"
#include "lang/atomics.h"
#include "lang/class_constants.h"
#include "lang/decompositions.h"
#include "lang/tiles.h"
#include "types/query.h"

namespace ws::gen {

namespace {

// The atomics the generator writes are the first rows of the language's atomic table, in AtomicKind order.
static_assert(lang::kAtomics[kAtomicAdd].key == "atomic_add" && lang::kAtomics[kAtomicSub].key == "atomic_sub" &&
              lang::kAtomics[kAtomicMin].key == "atomic_min" && lang::kAtomics[kAtomicMax].key == "atomic_max" &&
              lang::kAtomics[kAtomicExch].key == "atomic_exch" && lang::kAtomics[kAtomicAnd].key == "atomic_and" &&
              lang::kAtomics[kAtomicOr].key == "atomic_or" && lang::kAtomics[kAtomicXor].key == "atomic_xor" &&
              lang::kAtomics[kAtomicCas].key == "atomic_cas");
constexpr std::string_view kArrayNames[] = {
    "", "wp.array(dtype=", "wp.array2d(dtype=", "wp.array3d(dtype=", "wp.array4d(dtype="};
constexpr std::string_view kArray1d = "wp.array1d(dtype=";
constexpr char kAxes[] = "xyzw";

void append_int(std::string& out, int64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

class Printer {
 public:
  Printer(const Program& p, Spelling spelling, std::string& out) : p_(p), spelling_(spelling), out_(out) {}

  // How this module spells type t in annotations and constructors.
  std::string_view spell(TypeId t) const {
    return spelling_.aliases && !info(t).alias.empty() ? info(t).alias : info(t).py;
  }

  void function(const Func& f);
  void constant(VarId var, ExprId value) {
    out_ += p_.vars[var].name;
    if (p_.vars[var].plain) {
      out_ += " = ";
      expr(value);
      out_ += '\n';
      return;
    }
    out_ += " = wp.constant(";
    expr(value);
    out_ += ")\n";
  }

 private:
  uint8_t prec(const Expr& e) const;
  void expr(ExprId id);
  void sub(ExprId id, bool parens) {
    if (parens) out_ += '(';
    expr(id);
    if (parens) out_ += ')';
  }
  void args(const Expr& e, bool bare_literals);
  void infix(const Expr& e, std::string_view text, uint8_t op_prec, bool chainless);
  void tile(const Expr& e);
  void tile_shape(const Expr& e, int first, int count);
  void literal(const Expr& e, bool bare);
  void stmt(const Stmt& s);

  const Program& p_;
  Spelling spelling_;
  std::string& out_;
};

uint8_t Printer::prec(const Expr& e) const {
  switch (e.kind) {
    case ExprKind::Op:
      return ops()[e.ref].prec;
    case ExprKind::Ternary:
      return kPrecTernary;
    case ExprKind::Tile:
      return tile_ops()[e.ref].prec;
    case ExprKind::Lit:
      return e.value < 0 && (e.type == kInt32 || e.type == kFloat32) ? kPrecUnary : kPrecAtom;
    default:
      return kPrecAtom;
  }
}

void Printer::args(const Expr& e, bool bare_literals) {
  out_ += '(';
  for (int i = 0; i < e.nkids; ++i) {
    if (i) out_ += ", ";
    const Expr& k = p_.kid(e, i);
    if (bare_literals && k.kind == ExprKind::Lit)
      literal(k, true);
    else
      expr(p_.kid_id(e, i));
  }
  out_ += ')';
}

// Literals are float32 / int32 to Warp, so other types need their constructor, except as arguments of a
// vector/matrix/quaternion constructor, which converts them (wp.vec3d(x, 1.0, 2.0)).
void Printer::literal(const Expr& e, bool bare) {
  if (e.type == kBool) {
    out_ += e.value ? "True" : "False";
    return;
  }
  bare = bare || e.type == kInt32 || e.type == kFloat32;
  if (!bare) (out_ += spell(e.type)) += '(';
  if (is_float_scalar(e.type)) {
    int64_t m = e.value;
    if (m < 0) out_ += '-', m = -m;
    int64_t scale = 1;
    for (int i = 0; i < e.aux; ++i) scale *= 10;
    append_int(out_, m / scale);
    out_ += '.';
    if (e.aux == 0) out_ += '0';
    // Fraction digits, with leading zeros and without trailing ones beyond the first.
    std::string frac;
    int64_t f = m % scale;
    for (int i = 0; i < e.aux; ++i, f /= 10) frac.insert(frac.begin(), static_cast<char>('0' + f % 10));
    while (frac.size() > 1 && frac.back() == '0') frac.pop_back();
    out_ += frac;
  } else {
    append_int(out_, e.value);
  }
  if (!bare) out_ += ')';
}

void Printer::expr(ExprId id) {
  const Expr& e = p_.exprs[id];
  switch (e.kind) {
    case ExprKind::Var:
      out_ += p_.vars[e.ref].name;
      return;
    case ExprKind::Lit:
      return literal(e, false);
    case ExprKind::Index:
      out_ += p_.vars[e.ref].name;
      out_ += '[';
      for (int i = 0; i < e.nkids; ++i) {
        if (i) out_ += ", ";
        expr(p_.kid_id(e, i));
      }
      out_ += ']';
      return;
    case ExprKind::Component: {
      const ExprId base = p_.kid_id(e, 0);
      sub(base, prec(p_.exprs[base]) < kPrecAtom);
      if (e.aux) {
        out_ += '.';
        out_ += kAxes[p_.kid(e, 1).value];
        return;
      }
      out_ += '[';
      for (int i = 1; i < e.nkids; ++i) {
        if (i > 1) out_ += ", ";
        expr(p_.kid_id(e, i));
      }
      out_ += ']';
      return;
    }
    case ExprKind::Cast:
      // aux: the wp. spelling of float/int (wp.float32(x)), which Warp treats the same.
      out_ += !e.aux ? spell(e.type) : e.type == kFloat32 ? "wp.float32" : "wp.int32";
      return args(e, false);
    case ExprKind::Construct:
      out_ += spell(e.type);
      return args(e, true);
    case ExprKind::Call:
      out_ += p_.funcs[e.ref].name;
      return args(e, false);
    case ExprKind::Shape:
      out_ += p_.vars[e.ref].name;
      out_ += ".shape[";
      append_int(out_, e.aux);
      out_ += ']';
      return;
    case ExprKind::Field: {
      const Expr& base = p_.kid(e, 0);
      expr(p_.kid_id(e, 0));
      (out_ += '.') += p_.structs[p_.vars[base.ref].strct].fields[e.ref].first;
      return;
    }
    case ExprKind::StructNew:
      (out_ += p_.structs[e.ref].name) += "()";
      return;
    case ExprKind::WarpConst:
      (out_ += "wp.") += lang::kModuleConstants[e.ref].name;
      return;
    case ExprKind::Ternary:
      sub(p_.kid_id(e, 0), prec(p_.kid(e, 0)) <= kPrecTernary);
      out_ += " if ";
      sub(p_.kid_id(e, 1), prec(p_.kid(e, 1)) <= kPrecTernary);
      out_ += " else ";
      sub(p_.kid_id(e, 2), prec(p_.kid(e, 2)) <= kPrecTernary);
      return;
    case ExprKind::Tile:
      return tile(e);
    case ExprKind::Query:
      (out_ += "wp.") += query_calls()[e.ref].name;
      return args(e, false);
    case ExprKind::QueryField:
      expr(p_.kid_id(e, 0));
      (out_ += '.') += types::query_fields(p_.vars[p_.kid(e, 0).ref].query)[e.ref].name;
      if (e.nkids == 2) {
        out_ += '[';
        expr(p_.kid_id(e, 1));
        out_ += ']';
      }
      return;
    case ExprKind::Op:
      break;
  }
  const Op& op = ops()[e.ref];
  switch (op.form) {
    case Form::Call:
      (out_ += "wp.") += op.text;
      return args(e, false);
    case Form::Ctor:
      out_ += spell(e.type);
      return args(e, false);
    case Form::Identity:
      out_ += "wp.identity(n=";
      append_int(out_, info(e.type).rows);
      (out_ += ", dtype=") += info(info(e.type).scalar).py;
      out_ += ')';
      return;
    case Form::Prefix: {
      out_ += op.text;
      if (op.text == "not") out_ += ' ';
      // Anything looser than an atom gets parentheses: -(a + b), not (x < y), and never --x.
      sub(p_.kid_id(e, 0), prec(p_.kid(e, 0)) < kPrecAtom);
      return;
    }
    case Form::Infix:
      // Comparisons never chain, and ** groups from the right, so its left operand needs parentheses too.
      return infix(e, op.text, op.prec, op.prec == kPrecCompare || op.prec == kPrecPow);
  }
}

// Left-associative: equal precedence is fine on the left, needs parentheses on the right.
void Printer::infix(const Expr& e, std::string_view text, uint8_t op_prec, bool chainless) {
  const uint8_t lp = prec(p_.kid(e, 0)), rp = prec(p_.kid(e, 1));
  sub(p_.kid_id(e, 0), lp < op_prec || (chainless && lp == op_prec));
  ((out_ += ' ') += text) += ' ';
  sub(p_.kid_id(e, 1), rp <= op_prec);
}

// `count` kids from `first` as a tile shape or offset: `TILE`, `(i * TM, 0)`.
void Printer::tile_shape(const Expr& e, int first, int count) {
  if (count > 1) out_ += '(';
  for (int i = 0; i < count; ++i) {
    if (i) out_ += ", ";
    expr(p_.kid_id(e, first + i));
  }
  if (count > 1) out_ += ')';
}

// A tile builtin as Warp's tile examples call it: the tile arguments positionally, shapes, offsets,
// axes and dtypes by keyword (their names from the language table's signatures).
void Printer::tile(const Expr& e) {
  const TileOp& op = tile_ops()[e.ref];
  const TileValue v = TileValue::unpack(e.value);
  if (op.kind == TileKind::Neg) {
    out_ += '-';
    return sub(p_.kid_id(e, 0), prec(p_.kid(e, 0)) < kPrecAtom);
  }
  if (!op.builtin()) return infix(e, op.key, op.prec, false);
  // The builtin's parameter names (wp.block_dim, which takes none, has no signature row).
  const lang::TileSignature* sig = lang::tile_signature(op.key);
  const auto keyword = [&](int param) { ((out_ += ", ") += sig->params[param]) += '='; };
  const int dims = v.cols ? 2 : 1;
  ((out_ += "wp.") += op.key) += '(';
  switch (op.kind) {
    case TileKind::Load:  // kids: the array, the shape, the offset
      expr(p_.kid_id(e, 0));
      keyword(1);
      tile_shape(e, 1, dims);
      if (e.nkids > 1 + dims) {  // no offset: the array's first tile
        keyword(2);
        tile_shape(e, 1 + dims, dims);
      }
      break;
    case TileKind::Reduce:  // wp.tile_reduce(wp.add, t): the reduction's operator, from its row
      ((out_ += "wp.") += tile_ops()[v.callee].reduce_op) += ", ";
      expr(p_.kid_id(e, 0));
      break;
    case TileKind::Map:
      if (v.helper) {
        out_ += p_.funcs[v.callee].name;
      } else {
        (out_ += "wp.") += ops()[v.callee].text;
      }
      for (int i = 0; i < e.nkids; ++i) {
        out_ += ", ";
        expr(p_.kid_id(e, i));
      }
      break;
    case TileKind::Arange:  // wp.tile_arange(TILE, dtype=float)
      expr(p_.kid_id(e, 0));
      keyword(0);
      out_ += v.callee ? "int" : "float";
      break;
    case TileKind::Ones:  // wp.tile_ones(shape=TILE, dtype=float)
    case TileKind::Zeros:
    case TileKind::Empty:
      (out_ += sig->params[0]) += '=';
      tile_shape(e, 0, e.nkids);
      keyword(1);
      out_ += "float";
      break;
    case TileKind::Full:  // wp.tile_full(shape=TILE, value=0.5, dtype=float)
      (out_ += sig->params[0]) += '=';
      tile_shape(e, 0, e.nkids - 1);
      keyword(1);
      expr(p_.kid_id(e, e.nkids - 1));
      keyword(2);
      out_ += "float";
      break;
    case TileKind::Reshape:  // wp.tile_reshape(t, shape=(R, C)), wp.tile_broadcast(t, shape=(TILE,))
    case TileKind::Broadcast:
      expr(p_.kid_id(e, 0));
      keyword(1);
      out_ += '(';
      for (int i = 1; i < e.nkids; ++i) {
        if (i > 1) out_ += ", ";
        expr(p_.kid_id(e, i));
      }
      out_ += e.nkids == 2 ? ",)" : ")";
      break;
    case TileKind::View:  // wp.tile_view(t, offset=(k,), shape=(n,))
      expr(p_.kid_id(e, 0));
      keyword(1);
      out_ += '(';
      expr(p_.kid_id(e, 1));
      out_ += ",)";
      keyword(2);
      out_ += '(';
      expr(p_.kid_id(e, 2));
      out_ += ",)";
      break;
    default:  // reductions (a sum along an axis: axis=), tile_transpose, tile, untile, tile_extract
      for (int i = 0; i < e.nkids; ++i) {
        if (i) out_ += ", ";
        expr(p_.kid_id(e, i));
      }
      if (v.axis) {
        keyword(1);
        append_int(out_, v.axis - 1);
      }
      break;
  }
  out_ += ')';
}

void Printer::stmt(const Stmt& s) {
  out_.append(4u * s.indent, ' ');
  switch (s.kind) {
    case StmtKind::Assign:
      expr(s.e0);
      out_ += " = ";
      expr(s.e1);
      break;
    case StmtKind::AugAssign:
      expr(s.e0);
      ((out_ += ' ') += ops()[s.op].text) += "= ";
      expr(s.e1);
      break;
    case StmtKind::Atomic: {
      const Expr& target = p_.exprs[s.e0];
      if (s.op == kAtomicCas) {
        (out_ += p_.vars[s.var].name) += " = ";
      } else if (s.e2 != kNoExpr) {
        expr(s.e2);
        out_ += " = ";
      }
      ((out_ += "wp.") += lang::kAtomics[s.op].key) += '(';
      out_ += p_.vars[target.ref].name;
      for (int i = 0; i < target.nkids; ++i) {
        out_ += ", ";
        expr(p_.kid_id(target, i));
      }
      out_ += ", ";
      if (s.op == kAtomicCas) {
        expr(s.e2);
        out_ += ", ";
      }
      expr(s.e1);
      out_ += ')';
      break;
    }
    case StmtKind::If:
    case StmtKind::Elif:
    case StmtKind::While:
      out_ += s.kind == StmtKind::If ? "if " : s.kind == StmtKind::Elif ? "elif " : "while ";
      expr(s.e0);
      out_ += ':';
      break;
    case StmtKind::Else:
      out_ += "else:";
      break;
    case StmtKind::For:
      ((out_ += "for ") += p_.vars[s.var].name) += " in range(";
      for (ExprId e : {s.e0, s.e1, s.e2}) {
        if (e == kNoExpr) continue;
        if (e != s.e0) out_ += ", ";
        const bool stop = e == (s.e1 == kNoExpr ? s.e0 : s.e1);
        if (stop && s.op != 0) {  // through a module int: wp.static(N) or wp.static(N * 2)
          const StaticStop st = StaticStop::decode(s.op);
          ((out_ += "wp.static(") += p_.vars[p_.globals[st.global].first].name) += st.form == 1 ? " * 2)" : ")";
        } else {
          expr(e);
        }
      }
      out_ += "):";
      break;
    case StmtKind::ForIn:
      ((out_ += "for ") += p_.vars[s.var].name) += " in ";
      expr(s.e0);
      out_ += ':';
      break;
    case StmtKind::Break:
      out_ += "break";
      break;
    case StmtKind::Continue:
      out_ += "continue";
      break;
    case StmtKind::Return:
      out_ += "return";
      if (s.e0 != kNoExpr) {
        out_ += ' ';
        expr(s.e0);
      }
      break;
    case StmtKind::Expect:
      out_ += "wp.expect_eq(";
      expr(s.e0);
      out_ += ", ";
      expr(s.e1);
      out_ += ')';
      break;
    case StmtKind::Printf: {  // StmtBuilder::warn_exit
      out_ += s.op == 2 ? "wp.printf(\"thread (%d, %d)" : "wp.printf(\"thread %d";
      if (s.e2 != kNoExpr) {
        const Expr& v = p_.exprs[s.e2];
        ((out_ += ": ") += p_.vars[v.ref].name) += v.type == kInt32 ? " = %d" : " = %f";
      }
      out_ += s.e2 != kNoExpr ? ", exiting early\\n\", " : " exits early\\n\", ";
      for (ExprId e : {s.e0, s.e1, s.e2}) {
        if (e == kNoExpr) continue;
        if (e != s.e0) out_ += ", ";
        expr(e);
      }
      out_ += ')';
      break;
    }
    case StmtKind::TileCall:  // wp.tile_cholesky_inplace(m), wp.tile_lower_solve_inplace(L, b)
      ((out_ += "wp.") += tile_ops()[s.op].key) += '(';
      expr(s.e0);
      if (s.e1 != kNoExpr) {
        out_ += ", ";
        expr(s.e1);
      }
      if (s.e2 != kNoExpr) {  // wp.tile_assign(dst, src, offset=(k,)) of a 1-D tile
        out_ += ", offset=(";
        expr(s.e2);
        out_ += ",)";
      }
      out_ += ')';
      break;
    case StmtKind::Decompose:
      for (int i = 0; i < lang::kDecompositions[s.op].count; ++i) {
        if (i) out_ += ", ";
        out_ += p_.vars[s.var + i].name;
      }
      ((out_ += " = wp.") += lang::kDecompositions[s.op].key) += '(';
      expr(s.e0);
      out_ += ')';
      break;
    case StmtKind::Tid:
      for (int i = 0; i < s.op; ++i) {
        if (i) out_ += ", ";
        out_ += p_.vars[s.var + i].name;
      }
      out_ += " = wp.tid()";
      break;
    case StmtKind::TileStore: {
      static constexpr TileKind kStores[] = {TileKind::Store, TileKind::AtomicAdd, TileKind::Sort, TileKind::Axpy};
      const std::string_view key = tile_ops()[static_cast<size_t>(kStores[s.op])].key;
      if (s.op == 3) {  // wp.tile_axpy(alpha, t, acc)
        ((out_ += "wp.") += key) += '(';
        expr(s.e1);
        out_ += ", ";
        expr(s.e0);
        ((out_ += ", ") += p_.vars[s.var].name) += ')';
        break;
      }
      const lang::TileSignature& sig = *lang::tile_signature(key);
      ((((out_ += "wp.") += key) += '(') += p_.vars[s.var].name) += ", ";
      expr(s.e0);
      if (s.e1 == kNoExpr) {  // the offset's default: the array's first element
        out_ += ')';
        break;
      }
      ((out_ += ", ") += sig.params[2]) += '=';
      if (s.e2 != kNoExpr) out_ += '(';
      expr(s.e1);
      if (s.e2 != kNoExpr) {
        out_ += ", ";
        expr(s.e2);
        out_ += ')';
      }
      out_ += ')';
      break;
    }
  }
  out_ += '\n';
}

void Printer::function(const Func& f) {
  out_ += !f.kernel         ? "\n\n@wp.func\ndef "
          : p_.forward_only ? "\n\n@wp.kernel(enable_backward=False)\ndef "
                            : "\n\n@wp.kernel\ndef ";
  out_ += f.name;
  out_ += '(';
  for (size_t i = 0; i < f.params.size(); ++i) {
    const Var& v = p_.vars[f.params[i]];
    if (i) out_ += ", ";
    (out_ += v.name) += ": ";
    const std::string_view dtype = v.strct != kNoStruct ? std::string_view(p_.structs[v.strct].name) : spell(v.type);
    if (v.ndim) {
      (out_ += v.ndim == 1 && spelling_.array1d ? kArray1d : kArrayNames[v.ndim]) += dtype;
      out_ += ')';
    } else {
      out_ += dtype;
    }
  }
  out_ += ')';
  if (!f.kernel) (out_ += " -> ") += spell(f.ret);
  out_ += ":\n";
  for (uint32_t i = f.stmt_begin; i < f.stmt_end; ++i) stmt(p_.stmts[i]);
}

}  // namespace

void print_module(const Program& prog, uint32_t helpers, Spelling spelling, std::string& out) {
  out += "import warp as wp\n";
  Printer printer(prog, spelling, out);
  if (!prog.globals.empty()) out += '\n';
  for (const auto& [var, value] : prog.globals) printer.constant(var, value);
  for (const StructDecl& s : prog.structs) {
    if (!s.held) continue;
    ((out += "\n\n@wp.struct\nclass ") += s.name) += ":\n";
    for (const auto& [name, type] : s.fields) {
      ((out += "    ") += name) += ": ";
      (out += printer.spell(type)) += '\n';
    }
  }
  for (size_t f = 0; f < prog.funcs.size(); ++f)
    if (prog.funcs[f].kernel || (helpers >> f & 1u)) printer.function(prog.funcs[f]);
}

}  // namespace ws::gen
