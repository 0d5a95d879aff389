#include <gtest/gtest.h>

#include <string>

#include "dataset/naturalness.h"

namespace ws::dataset {
namespace {

// A module with one kernel over arrays `a`, `b` and `out` (and a thread index `i`), `body` indented by
// four spaces per line.
std::string kernel(const std::string& body) {
  std::string py =
      "import warp as wp\n\n\n@wp.kernel\ndef k(a: wp.array(dtype=float), b: wp.array(dtype=float), "
      "out: wp.array(dtype=float)):\n    i = wp.tid()\n";
  size_t from = 0;
  while (from < body.size()) {
    const size_t nl = body.find('\n', from);
    py += "    " + body.substr(from, nl - from) + "\n";
    from = nl + 1;
  }
  return py;
}

Naturalness analyse(const std::string& python) {
  const std::optional<Naturalness> n = analyse_naturalness(python);
  EXPECT_TRUE(n.has_value()) << python;
  return n.value_or(Naturalness{});
}

TEST(Naturalness, DeadLocalIsAssignedAndReadNowhere) {
  EXPECT_TRUE(analyse(kernel("t = a[i] * 2.0\nu = a[i] + 1.0\nout[i] = t\n")).dead_local);
  EXPECT_FALSE(analyse(kernel("t = a[i] * 2.0\nu = t + 1.0\nout[i] = u\n")).dead_local);
  // augmented assignments assign without reading for anything else; a loop variable is assigned
  EXPECT_TRUE(analyse(kernel("s = 0.0\nfor j in range(3):\n    s += a[i]\nout[i] = 1.0\n")).dead_local);
  EXPECT_TRUE(analyse(kernel("for j in range(3):\n    out[i] += a[i]\n")).dead_local);
  EXPECT_FALSE(analyse(kernel("for _ in range(3):\n    out[i] += a[i]\n")).dead_local);
  EXPECT_FALSE(analyse(kernel("s = 0.0\nfor j in range(3):\n    s += a[j]\nout[i] = s\n")).dead_local);
  // `v.x = ` reads v; a tuple target binds each name
  EXPECT_FALSE(analyse(kernel("v = wp.vec2()\nv.x = a[i]\n")).dead_local);
  EXPECT_TRUE(analyse(kernel("p, q = wp.vec2(1.0, 2.0)\nout[i] = p\n")).dead_local);
  // a @wp.func counts too
  const std::string helper =
      "import warp as wp\n\n\n@wp.func\ndef h(x: float):\n    y = x * 2.0\n    return x\n\n\n"
      "@wp.kernel\ndef k(out: wp.array(dtype=float)):\n    i = wp.tid()\n    out[i] = h(1.0)\n";
  EXPECT_TRUE(analyse(helper).dead_local);
}

TEST(Naturalness, OverwrittenStoreIsTheSameElementStoredTwiceWithoutARead) {
  EXPECT_TRUE(analyse(kernel("out[i] = a[i]\nout[i] = a[i] * 2.0\n")).overwritten_store);
  EXPECT_FALSE(analyse(kernel("out[i] = a[i]\nout[i + 1] = a[i] * 2.0\n")).overwritten_store);
  // a read of the array in between, or a new value of the index, keeps the first store
  EXPECT_FALSE(analyse(kernel("out[i] = a[i]\nx = out[i]\nout[i] = x * 2.0\n")).overwritten_store);
  EXPECT_FALSE(analyse(kernel("out[i] = a[i]\nwp.atomic_add(out, i, 1.0)\nout[i] = 2.0\n")).overwritten_store);
  EXPECT_FALSE(analyse(kernel("j = i\nout[j] = a[i]\nj = j + 1\nout[j] = 2.0\n")).overwritten_store);
  // `out.shape` reads no element
  EXPECT_TRUE(analyse(kernel("out[i] = a[i]\nn = out.shape[0]\nout[i] = float(n)\n")).overwritten_store);
  // the update of `+=` is lost by a plain store; a plain store then `+=` is read-modify-write
  EXPECT_TRUE(analyse(kernel("out[i] += a[i]\nout[i] = 2.0\n")).overwritten_store);
  EXPECT_FALSE(analyse(kernel("out[i] = a[i]\nout[i] += 2.0\n")).overwritten_store);
  // an if in between that does not read the array keeps the outer block straight-line
  EXPECT_TRUE(analyse(kernel("out[i] = a[i]\nif a[i] > 0.0:\n    b[i] = 1.0\nout[i] = 2.0\n")).overwritten_store);
  EXPECT_FALSE(analyse(kernel("out[i] = a[i]\nif a[i] > 0.0:\n    b[i] = out[i]\nout[i] = 2.0\n")).overwritten_store);
  // nor one that may leave: the first store is the last one on that path
  EXPECT_FALSE(analyse(kernel("out[i] = a[i]\nif a[i] > 0.0:\n    return\nout[i] = 2.0\n")).overwritten_store);
  EXPECT_FALSE(
      analyse(kernel("for j in range(3):\n    out[i] = a[j]\n    if a[j] > 0.0:\n        break\n    out[i] = 2.0\n"))
          .overwritten_store);
}

TEST(Naturalness, StoresInIfAndElseAreDifferentPaths) {
  const Naturalness n = analyse(kernel("if a[i] > 0.0:\n    out[i] = 1.0\nelse:\n    out[i] = 2.0\n"));
  EXPECT_FALSE(n.overwritten_store);
  EXPECT_TRUE(analyse(kernel("if a[i] > 0.0:\n    out[i] = 1.0\n    out[i] = 2.0\n")).overwritten_store);
}

TEST(Naturalness, ConstantIndexIsAnArrayParameterSubscriptedWithAnIntegerLiteral) {
  const Naturalness n = analyse(kernel("out[i] = b[3]\n"));
  EXPECT_TRUE(n.constant_index);
  EXPECT_EQ(n.subscripts, 2u);
  EXPECT_EQ(n.guarded, 1u);  // out[i]
  EXPECT_TRUE(analyse(kernel("out[i] = b[0]\n")).constant_index);
  // components of a local vector are not array subscripts
  const Naturalness v = analyse(kernel("v = wp.vec2(a[i], b[i])\nout[i] = v[0]\n"));
  EXPECT_FALSE(v.constant_index);
  EXPECT_EQ(v.subscripts, 3u);
}

TEST(Naturalness, GuardedIndicesAreThreadIndicesLoopVariablesClampsAndModulo) {
  const Naturalness clamped = analyse(kernel("out[i] = a[wp.min(i + 1, a.shape[0] - 1)]\n"));
  EXPECT_EQ(clamped.subscripts, 2u);
  EXPECT_EQ(clamped.guarded, 2u);
  const Naturalness shifted = analyse(kernel("out[i] = a[i + 1]\n"));
  EXPECT_EQ(shifted.subscripts, 2u);
  EXPECT_EQ(shifted.guarded, 1u);
  EXPECT_FALSE(shifted.constant_index);
  const Naturalness loop = analyse(kernel("for j in range(4):\n    out[i] += a[j] * b[(i + j) % 8]\n"));
  EXPECT_EQ(loop.subscripts, 3u);
  EXPECT_EQ(loop.guarded, 3u);
  const std::string two_d =
      "import warp as wp\n\n\n@wp.kernel\ndef k(m: wp.array2d(dtype=float)):\n    i, j = wp.tid()\n"
      "    m[i, j] = m[wp.clamp(i - 1, 0, 7), j] + m[i, j + 1]\n";
  const Naturalness m = analyse(two_d);
  EXPECT_EQ(m.subscripts, 3u);
  EXPECT_EQ(m.guarded, 2u);
}

TEST(Naturalness, PythonThatDoesNotParseIsNotAnalysed) {
  EXPECT_FALSE(analyse_naturalness("@wp.kernel\ndef k(:\n").has_value());                // does not tokenize
  EXPECT_FALSE(analyse_naturalness("@wp.kernel\ndef k():\n    x = = 1\n").has_value());  // invalid Python
  EXPECT_FALSE(analyse_naturalness("@wp.kernel\ndef k():\n    x = [1]\n").has_value());  // outside the subset
  const std::optional<Naturalness> host = analyse_naturalness("import warp as wp\n\nx = 1\n");
  ASSERT_TRUE(host.has_value());
  EXPECT_EQ(host->subscripts, 0u);
  EXPECT_FALSE(host->dead_local);
}

}  // namespace
}  // namespace ws::dataset
