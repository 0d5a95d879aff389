#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <string>

#include "gen/ops.h"
#include "gen/printer.h"

namespace ws::gen {
namespace {

// Builds tiny programs by hand: one kernel whose single statement is `r = <expr>`.
class PrinterTest : public ::testing::Test {
 protected:
  ExprId add(ExprKind kind, TypeId t, uint16_t ref, std::initializer_list<ExprId> kids, int64_t value = 0,
             uint8_t aux = 0) {
    p.exprs.push_back(Expr{
        kind, t, static_cast<uint8_t>(kids.size()), aux, false, ref, static_cast<uint32_t>(p.kids.size()), value, {}});
    p.kids.insert(p.kids.end(), kids);
    return static_cast<ExprId>(p.exprs.size() - 1);
  }
  ExprId var(const char* name, TypeId t = kFloat32) {
    p.vars.push_back(Var{name, t, 0, Role::Local});
    return add(ExprKind::Var, t, static_cast<uint16_t>(p.vars.size() - 1), {});
  }
  ExprId lit(TypeId t, int64_t mantissa, uint8_t decimals = 0) {
    return add(ExprKind::Lit, t, 0, {}, mantissa, decimals);
  }
  ExprId bin(const char* op, ExprId a, ExprId b, TClass cls = TClass::Additive) {
    return add(ExprKind::Op, p.exprs[a].type, op_row(op, cls), {a, b});
  }
  // The text of `r = e` as printed inside a kernel.
  std::string print(ExprId e, bool aliases = false) {
    const ExprId r = var("r", p.exprs[e].type);
    std::erase_if(p.funcs, [](const Func& f) { return f.kernel; });
    p.stmts = {Stmt{StmtKind::Assign, 1, 0, 0, r, e}};
    Func k;
    k.name = "k";
    k.kernel = true;
    k.stmt_end = static_cast<uint32_t>(p.stmts.size());
    p.funcs.push_back(k);
    std::string out;
    print_module(p, 0, {.aliases = aliases}, out);
    const size_t at = out.find("    r = ");
    return at == std::string::npos ? out : out.substr(at + 8, out.size() - at - 9);
  }
  Program p;
};

TEST_F(PrinterTest, ParenthesesFollowPythonPrecedence) {
  const ExprId a = var("a"), b = var("b"), c = var("c");
  EXPECT_EQ(print(bin("*", bin("+", a, b), c, TClass::NumScalar)), "(a + b) * c");
}

TEST_F(PrinterTest, LeftAssociativeOperatorsNeedParenthesesOnTheRightOnly) {
  const ExprId a = var("a"), b = var("b"), c = var("c"), d = var("d");
  EXPECT_EQ(print(bin("-", bin("-", a, b), bin("-", c, d))), "a - b - (c - d)");
}

TEST_F(PrinterTest, UnaryMinusWrapsAnythingLooserThanAnAtom) {
  const ExprId a = var("a"), b = var("b");
  const ExprId neg = add(ExprKind::Op, kFloat32, op_row("-", TClass::Negatable), {bin("+", a, b)});
  const ExprId twice = add(ExprKind::Op, kFloat32, op_row("-", TClass::Negatable), {neg});
  EXPECT_EQ(print(twice), "-(-(a + b))");
}

TEST_F(PrinterTest, ComparisonsNeverChainAndNotBindsLoosely) {
  const ExprId x = var("x"), y = var("y");
  const ExprId less = add(ExprKind::Op, kBool, op_row("<", TClass::NumScalar), {x, y});
  const ExprId negated = add(ExprKind::Op, kBool, op_row("not", TClass::Bool), {less});
  const ExprId both = add(ExprKind::Op, kBool, op_row("and", TClass::Bool), {negated, less});
  EXPECT_EQ(print(both), "not (x < y) and x < y");
}

TEST_F(PrinterTest, PowerGroupsFromTheRight) {
  const ExprId a = var("a"), b = var("b"), c = var("c");
  auto pow = [&](ExprId x, ExprId y) { return bin("**", x, y, TClass::FloatScalar); };
  const ExprId neg = add(ExprKind::Op, kFloat32, op_row("-", TClass::Negatable), {a});
  EXPECT_EQ(print(pow(pow(a, b), c)), "(a ** b) ** c");
  EXPECT_EQ(print(pow(neg, b)), "(-a) ** b");
}

TEST_F(PrinterTest, CastsHaveTwoSpellings) {
  const ExprId i = var("i", kInt32);
  EXPECT_EQ(print(add(ExprKind::Cast, kFloat32, 0, {i})), "float(i)");
  EXPECT_EQ(print(add(ExprKind::Cast, kFloat32, 0, {i}, 0, 1)), "wp.float32(i)");
  EXPECT_EQ(print(add(ExprKind::Cast, kFloat64, 0, {i})), "wp.float64(i)");
}

TEST_F(PrinterTest, LiteralsSpellTheirType) {
  const ExprId sum = bin("+", lit(kFloat32, 25, 2), lit(kFloat32, 30, 1));
  EXPECT_EQ(print(bin("+", lit(kFloat64, 5, 1), lit(kFloat64, 1, 3))), "wp.float64(0.5) + wp.float64(0.001)");
  EXPECT_EQ(print(sum), "0.25 + 3.0");
}

TEST_F(PrinterTest, IntegerAndBoolLiterals) {
  EXPECT_EQ(print(bin("+", lit(kInt32, -3), lit(kInt32, 12))), "-3 + 12");
  EXPECT_EQ(print(bin("&", lit(kUInt8, 7), lit(kUInt8, 200), TClass::IntScalar)), "wp.uint8(7) & wp.uint8(200)");
  EXPECT_EQ(print(add(ExprKind::Op, kBool, op_row("or", TClass::Bool), {lit(kBool, 1), lit(kBool, 0)})),
            "True or False");
}

TEST_F(PrinterTest, ConstructorsTakeBareLiterals) {
  const ExprId x = var("x", kFloat64);
  EXPECT_EQ(print(add(ExprKind::Construct, kVec3d, 0, {x, lit(kFloat64, 10, 1), lit(kFloat64, -15, 1)})),
            "wp.vec3d(x, 1.0, -1.5)");
}

TEST_F(PrinterTest, ComponentsAndIndexing) {
  const ExprId v = var("v", kVec3);
  const ExprId m = var("m", kMat33);
  const ExprId vx = add(ExprKind::Component, kFloat32, 0, {v, lit(kInt32, 0)}, 0, 1);
  const ExprId m12 = add(ExprKind::Component, kFloat32, 0, {m, lit(kInt32, 1), lit(kInt32, 2)});
  EXPECT_EQ(print(bin("*", vx, m12, TClass::NumScalar)), "v.x * m[1, 2]");
}

TEST_F(PrinterTest, ComponentOfAnExpressionIsParenthesised) {
  const ExprId u = var("u", kVec3), w = var("w", kVec3);
  EXPECT_EQ(print(add(ExprKind::Component, kFloat32, 0, {bin("+", u, w), lit(kInt32, 1)})), "(u + w)[1]");
}

TEST_F(PrinterTest, TernaryAndCalls) {
  const ExprId x = var("x"), y = var("y");
  const ExprId c = add(ExprKind::Op, kBool, op_row(">", TClass::NumScalar), {x, y});
  const ExprId s = add(ExprKind::Op, kFloat32, op_row("sin", TClass::FloatScalar), {x});
  EXPECT_EQ(print(add(ExprKind::Ternary, kFloat32, 0, {s, c, bin("+", x, y)})), "wp.sin(x) if x > y else x + y");
}

TEST_F(PrinterTest, KernelSignatureAndStatements) {
  p.vars.push_back(Var{"a", kVec3, 2, Role::Param});
  p.vars.push_back(Var{"n", kInt32, 0, Role::Param});
  p.vars.push_back(Var{"i", kInt32, 0, Role::Tid});
  p.vars.push_back(Var{"j", kInt32, 0, Role::Tid});
  p.vars.push_back(Var{"q", kInt32, 0, Role::LoopVar});
  const ExprId n = add(ExprKind::Var, kInt32, 1, {});
  const ExprId elem =
      add(ExprKind::Index, kVec3, 0, {add(ExprKind::Var, kInt32, 2, {}), add(ExprKind::Var, kInt32, 3, {})});
  const ExprId cond = add(ExprKind::Op, kBool, op_row("<", TClass::NumScalar), {n, lit(kInt32, 3)});
  p.stmts = {
      Stmt{StmtKind::Tid, 1, 2, 2},
      Stmt{StmtKind::For, 1, 0, 4, n},
      Stmt{StmtKind::If, 2, 0, 0, cond},
      Stmt{StmtKind::Break, 3},
      Stmt{StmtKind::Atomic, 2, kAtomicMax, 0, elem, elem},
  };
  Func k;
  k.name = "kern";
  k.kernel = true;
  k.params = {0, 1};
  k.stmt_end = static_cast<uint32_t>(p.stmts.size());
  p.funcs.push_back(k);
  std::string out;
  print_module(p, 0, {}, out);
  EXPECT_EQ(out,
            "import warp as wp\n\n\n@wp.kernel\ndef kern(a: wp.array2d(dtype=wp.vec3), n: int):\n"
            "    i, j = wp.tid()\n"
            "    for q in range(n):\n"
            "        if n < 3:\n"
            "            break\n"
            "        wp.atomic_max(a, i, j, a[i, j])\n");
}

TEST_F(PrinterTest, AtomicsCanKeepTheOldValue) {
  p.vars.push_back(Var{"out", kFloat32, 1, Role::Output});
  const ExprId i = var("i", kInt32);
  const ExprId elem = add(ExprKind::Index, kFloat32, 0, {i});
  const ExprId old = var("old");
  p.stmts = {Stmt{StmtKind::Atomic, 1, kAtomicExch, 0, elem, lit(kFloat32, 5, 1), old}};
  Func k;
  k.name = "k";
  k.kernel = true;
  k.stmt_end = 1;
  p.funcs.push_back(k);
  std::string out;
  print_module(p, 0, {}, out);
  EXPECT_NE(out.find("    old = wp.atomic_exch(out, i, 0.5)\n"), std::string::npos) << out;
}

TEST_F(PrinterTest, ModuleConstantsComeFirst) {
  p.vars.push_back(Var{"SCALE", kFloat32, 0, Role::Global});
  p.globals.emplace_back(static_cast<VarId>(p.vars.size() - 1), lit(kFloat32, 15, 1));
  const ExprId g = add(ExprKind::Var, kFloat32, static_cast<uint16_t>(p.vars.size() - 1), {});
  EXPECT_EQ(print(bin("*", g, var("x"), TClass::NumScalar)), "SCALE * x");
  std::string out;
  print_module(p, 0, {}, out);
  EXPECT_EQ(out.rfind("import warp as wp\n\nSCALE = wp.constant(1.5)\n\n\n@wp.kernel\n", 0), 0u) << out;
}

// Aliases spell only the float32 composites, in annotations and constructors alike.
TEST_F(PrinterTest, AliasesSpellFloat32CompositesWithTheirSuffix) {
  p.vars.push_back(Var{"a", kVec3, 1, Role::Output});
  p.vars.push_back(Var{"d", kMat33d, 1, Role::Param});
  Func k;
  k.name = "k";
  k.kernel = true;
  k.params = {0, 1};
  p.funcs.push_back(k);
  std::string plain, aliased;
  print_module(p, 0, {}, plain);
  print_module(p, 0, {.aliases = true}, aliased);
  EXPECT_NE(plain.find("def k(a: wp.array(dtype=wp.vec3), d: wp.array(dtype=wp.mat33d)):"), std::string::npos) << plain;
  EXPECT_NE(aliased.find("def k(a: wp.array(dtype=wp.vec3f), d: wp.array(dtype=wp.mat33d)):"), std::string::npos)
      << aliased;
  const ExprId one = lit(kFloat32, 1), q = add(ExprKind::Construct, kQuat, 0, {one, one, one, one});
  EXPECT_EQ(print(q, true), "wp.quatf(1.0, 1.0, 1.0, 1.0)");
  EXPECT_EQ(print(q), "wp.quat(1.0, 1.0, 1.0, 1.0)");
  const ExprId t = add(ExprKind::Construct, kTransformd, 0, {});
  EXPECT_EQ(print(t, true), "wp.transformd()");
}

// wp.array1d only where asked, and only for one dimension.
TEST_F(PrinterTest, Array1dSpellsOneDimensionalArrays) {
  p.vars.push_back(Var{"a", kFloat32, 1, Role::Output});
  p.vars.push_back(Var{"g", kFloat32, 2, Role::Param});
  Func k;
  k.name = "k";
  k.kernel = true;
  k.params = {0, 1};
  p.funcs.push_back(k);
  std::string plain, spelled;
  print_module(p, 0, {}, plain);
  print_module(p, 0, {.array1d = true}, spelled);
  EXPECT_NE(plain.find("def k(a: wp.array(dtype=float), g: wp.array2d(dtype=float)):"), std::string::npos) << plain;
  EXPECT_NE(spelled.find("def k(a: wp.array1d(dtype=float), g: wp.array2d(dtype=float)):"), std::string::npos)
      << spelled;
}

TEST_F(PrinterTest, IdentityUsesKeywordArguments) {
  const ExprId m = add(ExprKind::Op, kMat33d, op_row("identity", TClass::Mat), {});
  EXPECT_EQ(print(m), "wp.identity(n=3, dtype=wp.float64)");
}

TEST_F(PrinterTest, UnreachedHelpersAreNotPrinted) {
  Func h;
  h.name = "helper";
  h.ret = kFloat32;
  p.funcs.push_back(h);
  const std::string without = print(var("x"));
  EXPECT_EQ(without, "x");
  std::string full;
  print_module(p, 1, {}, full);
  EXPECT_NE(full.find("@wp.func\ndef helper() -> float:"), std::string::npos) << full;
  std::string none;
  print_module(p, 0, {}, none);
  EXPECT_EQ(none.find("helper"), std::string::npos);
}

}  // namespace
}  // namespace ws::gen
