#include <gtest/gtest.h>

#include <string>

#include "codegen/py_eval.h"
#include "frontend/parser.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

// The module's globals after build_module_env; expected values are CPython 3.11's for the same lines.
struct Env {
  explicit Env(std::string src)
      : text(std::move(src)), m(frontend::parse(text)), env(build_module_env(m, text, "t.py", nullptr)) {}
  const Global& at(std::string_view name) const {
    const Global* g = env.find(name);
    EXPECT_NE(g, nullptr) << name;
    return *g;
  }
  std::string text;
  frontend::Module m;
  ModuleEnv env;
};

TEST(PyEval, MathAndNumpyConstantsAsCPythonComputesThem) {
  Env e(
      "import math\nimport numpy as np\nN_GRID = 128\nDOMAIN = 2 * np.pi\nH = DOMAIN / N_GRID\n"
      "INV_H2 = 1.0 / (H * H)\nDX = 2.0 / (N_GRID - 1)\nDT = 0.95 * DX / math.sqrt(3.0)\n"
      "TAU = math.tau / 4 + math.e\n");
  EXPECT_EQ(e.at("INV_H2").value.f, 0x1.9f02f6222c720p+8);  // 415.0115681990155
  EXPECT_EQ(e.at("DT").value.f, 0x1.1b08ccee6caf1p-7);      // 0.00863752371228574
  EXPECT_EQ(e.at("TAU").value.f, 0x1.128041a9b36fap+2);     // 4.289078155253941
}

TEST(PyEval, BuiltinsAsCPythonComputesThem) {
  Env e(
      "import math\nA = round(2.5) + round(3.5) + round(-0.5)\nB = int(-2.7)\nC = min(3, 2.0, 2)\nD = max(1, True)\n"
      "E = abs(-3)\nF = float(7)\nG = math.log(2.0)\n");
  EXPECT_EQ(e.at("A").value.i, 2 + 4 + 0);  // half to even
  EXPECT_EQ(e.at("B").value.i, -2);
  EXPECT_EQ(e.at("C").value.kind, PyValue::Kind::Float);  // the first of the equal minima
  EXPECT_EQ(e.at("D").value.kind, PyValue::Kind::Int);    // True is not above 1: 1 stays
  EXPECT_EQ(e.at("E").value.i, 3);
  EXPECT_EQ(e.at("F").value.f, 7.0);
  EXPECT_EQ(e.at("G").value.f, 0.6931471805599453);
}

TEST(PyEval, TuplesComparisonsAndBooleanOperators) {
  Env e(
      "T = (3, 5.5, True)\nL = len(T)\nLAST = T[-1]\nC = 1 < 2.5 <= 3\nBIG = 2**53 + 1 > 9007199254740992.0\n"
      "A = 0 and 5\nO = 0.0 or 3\nS = T[0] if L > 2 else T[1]\nNOT = not T\nW = wp_unknown if 0 else 2\n");
  EXPECT_EQ(e.at("T").kind, Global::Kind::Tuple);
  EXPECT_EQ(e.at("T").items.size(), 3u);
  EXPECT_EQ(e.at("L").value.i, 3);
  EXPECT_EQ(e.at("LAST").value.kind, PyValue::Kind::Bool);
  EXPECT_EQ(e.at("C").value.kind, PyValue::Kind::Bool);
  EXPECT_EQ(e.at("C").value.i, 1);
  EXPECT_EQ(e.at("BIG").value.i, 1);                    // exact int/float comparison
  EXPECT_EQ(e.at("A").value.kind, PyValue::Kind::Int);  // `and` gives an operand, not a bool
  EXPECT_EQ(e.at("A").value.i, 0);
  EXPECT_EQ(e.at("O").value.kind, PyValue::Kind::Int);
  EXPECT_EQ(e.at("O").value.i, 3);
  EXPECT_EQ(e.at("S").value.i, 3);
  EXPECT_EQ(e.at("NOT").value.i, 0);
  EXPECT_EQ(e.at("W").value.i, 2);  // as in Python, the branch not taken is not evaluated
}

TEST(PyEval, WhatPythonWouldRaiseOrTheModelCannotBeSureOfIsOpaque) {
  Env e("import math\nT = (1, 2)\nA = T[2]\nB = math.sqrt(-1.0)\nC = math.log(0.0)\nD = 1 / 0\nE = (1, (2, 3))\n");
  for (const char* name : {"A", "B", "C", "D", "E"}) EXPECT_EQ(e.at(name).kind, Global::Kind::Opaque) << name;
}

}  // namespace
}  // namespace ws::codegen
