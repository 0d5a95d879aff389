#include <gtest/gtest.h>

#include <cmath>

#include "codegen/py_arith.h"

namespace ws::codegen {
namespace {

PyValue i(int64_t x) {
  return PyValue::of_int(x);
}
PyValue f(double x) {
  return PyValue::of_float(x);
}

int64_t as_int(const std::optional<PyValue>& v) {
  EXPECT_TRUE(v && v->kind == PyValue::Kind::Int);
  return v ? v->i : 0;
}

double as_float(const std::optional<PyValue>& v) {
  EXPECT_TRUE(v && v->kind == PyValue::Kind::Float);
  return v ? v->f : 0;
}

TEST(PyArith, IntegersFloorLikePython) {
  EXPECT_EQ(as_int(py_binary(i(-7), "//", i(2))), -4);
  EXPECT_EQ(as_int(py_binary(i(7), "%", i(-3))), -2);
  EXPECT_EQ(as_int(py_binary(i(-7), "%", i(3))), 2);
  EXPECT_EQ(as_int(py_binary(i(2), "**", i(62))), int64_t{1} << 62);
  EXPECT_EQ(as_int(py_binary(i(-1), "**", i(5))), -1);
  EXPECT_EQ(as_int(py_binary(i(0), "**", i(0))), 1);
  EXPECT_DOUBLE_EQ(as_float(py_binary(i(1), "/", i(3))), 1.0 / 3.0);
}

TEST(PyArith, FloatsAsIeee) {
  EXPECT_EQ(as_float(py_binary(f(0.1), "**", i(2))), 0.010000000000000002);  // Python: 0.1**2
  EXPECT_EQ(as_float(py_binary(i(60), "*", f(0.5))), 30.0);
  EXPECT_EQ(as_float(py_binary(f(1.0), "/", i(60))), 1.0 / 60.0);
}

TEST(PyArith, UnsureResultsAreNotModelled) {
  EXPECT_FALSE(py_binary(i(2), "**", i(63)));  // beyond int64
  EXPECT_FALSE(py_binary(i(2), "**", i(-1)));
  EXPECT_FALSE(py_binary(i(1), "/", i(0)));  // ZeroDivisionError
  EXPECT_FALSE(py_binary(f(2.0), "//", f(3.0)));
  EXPECT_FALSE(py_binary(f(-8.0), "**", f(0.5)));
  EXPECT_FALSE(py_binary(f(1e308), "*", f(10.0)));  // inf
  EXPECT_FALSE(py_binary(i(1), "<<", i(3)));
  EXPECT_FALSE(py_binary(PyValue::of_bool(true), "+", i(1)));
}

TEST(PyArith, ComparisonsAreExactAcrossIntAndFloat) {
  EXPECT_EQ(py_compare(i((int64_t{1} << 53) + 1), ">", f(9007199254740992.0)), true);  // Python: True
  EXPECT_EQ(py_compare(i(3), "==", f(3.0)), true);
  EXPECT_EQ(py_compare(PyValue::of_bool(true), "==", i(1)), true);
  EXPECT_EQ(py_compare(f(std::nan("")), "!=", f(std::nan(""))), true);
  EXPECT_EQ(py_compare(f(std::nan("")), "<=", f(1.0)), false);
  EXPECT_FALSE(py_compare(i(1), "in", i(1)));
}

}  // namespace
}  // namespace ws::codegen
