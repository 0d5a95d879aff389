#include <gtest/gtest.h>

#include <string>

#include "codegen/native.h"

namespace ws::codegen {
namespace {

// The example from the reference worker's documentation; Warp 1.19.0 names this kernel k_194b9d25.
constexpr const char* kExample = R"(import warp as wp

@wp.func
def sq(x: float):
    return x * x

@wp.kernel
def k(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):
    tid = wp.tid()
    s = float(0.0)
    for i in range(n):
        s = s + sq(a[tid])
    if s > 1.0:
        b[tid] = wp.sin(s)
    else:
        b[tid] = s
)";

TEST(NativeCompile, ReproducesWarpKernelName) {
  NativeResult r = compile(kExample, "warpsynth/k.py", {Device::Cpu, Device::Cuda});
  ASSERT_TRUE(r.ok) << r.diagnostic.str();
  ASSERT_EQ(r.ir.kernels.size(), 1u);
  EXPECT_EQ(r.ir.kernels[0].name, "k");
  EXPECT_EQ(r.ir.kernels[0].mangled, "k_194b9d25");
  EXPECT_EQ(r.ir.kernels[0].line, 7);  // co_firstlineno: the decorator line
  ASSERT_EQ(r.ir.devices.size(), 2u);
  EXPECT_EQ(r.ir.devices[0].device, Device::Cpu);
  EXPECT_EQ(r.ir.devices[1].device, Device::Cuda);
  EXPECT_NE(r.ir.devices[0].source.find("// warpsynth/k.py:3\nstatic wp::float32 sq_0("), std::string::npos);
  EXPECT_NE(r.ir.devices[1].source.find("k_194b9d25_cuda_kernel_forward("), std::string::npos);
}

TEST(NativeCompile, IsDeterministic) {
  NativeResult a = compile(kExample, "warpsynth/k.py", {Device::Cuda});
  NativeResult b = compile(kExample, "warpsynth/k.py", {Device::Cuda});
  ASSERT_TRUE(a.ok && b.ok);
  EXPECT_EQ(a.ir.devices[0].source, b.ir.devices[0].source);
}

TEST(NativeCompile, DeclinesWithPosition) {
  std::string src =
      "import warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    i = wp.tid()\n    wp.printf(a[i])\n";
  NativeResult r = compile(src, "f.py", {Device::Cpu});
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.diagnostic.kind, DiagnosticKind::Unsupported);
  EXPECT_EQ(r.diagnostic.line, 6);
  EXPECT_EQ(r.diagnostic.col, 5);
  EXPECT_EQ(r.diagnostic.str().rfind("f.py:6:5: unsupported: ", 0), 0u) << r.diagnostic.str();
}

TEST(NativeCompile, ReportsSyntaxErrors) {
  NativeResult r = compile("import warp as wp\ndef k(:\n", "f.py", {Device::Cpu});
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.diagnostic.kind, DiagnosticKind::Error);
  EXPECT_EQ(r.diagnostic.line, 2);
}

TEST(NativeCompile, ModuleWithoutKernelsIsAnError) {
  // as in the reference worker, which has nothing to compare otherwise
  NativeResult r = compile("import warp as wp\n\n@wp.func\ndef f(x: float):\n    return x\n", "f.py", {Device::Cpu});
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.diagnostic.kind, DiagnosticKind::Error);
  EXPECT_EQ(r.diagnostic.message, "no @wp.kernel found");
}

TEST(NativeCompile, NumbersFunctionsNamedLikeWarpsOwnAfterThem) {
  // a fresh Warp process has created norm_l2_0 and transform_compose_0..2 itself
  std::string src =
      "import warp as wp\n\n@wp.func\ndef norm_l2(x: float):\n    return x\n\n"
      "@wp.func\ndef transform_compose(x: float):\n    return x\n\n"
      "@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    i = wp.tid()\n    a[i] = transform_compose(norm_l2(a[i]))\n";
  NativeResult r = compile(src, "f.py", {Device::Cpu});
  ASSERT_TRUE(r.ok) << r.diagnostic.str();
  EXPECT_NE(r.ir.devices[0].source.find("static wp::float32 norm_l2_1("), std::string::npos);
  EXPECT_NE(r.ir.devices[0].source.find("static wp::float32 transform_compose_3("), std::string::npos);
}

// Warp 1.19.0 names this struct Particle_86f167b5 and emits its definition before any function.
TEST(NativeCompile, StructNameAndPlacement) {
  const char* src = R"(import warp as wp

@wp.struct
class Particle:
    pos: wp.vec3
    mass: float
    count: wp.int32

@wp.kernel
def k(a: wp.array(dtype=float), s: Particle):
    a[0] = s.mass
)";
  NativeResult r = compile(src, "f.py", {Device::Cpu});
  ASSERT_TRUE(r.ok) << r.diagnostic.str();
  const std::string& out = r.ir.devices[0].source;
  size_t def = out.find("struct Particle_86f167b5\n{\n    wp::vec_t<3, wp::float32> pos;\n");
  ASSERT_NE(def, std::string::npos);
  EXPECT_LT(def, out.find("struct wp_args_k_"));
  EXPECT_NE(out.find("    Particle_86f167b5 s;\n"), std::string::npos);
  EXPECT_NE(out.find("var_0 = &((var_s).mass);"), std::string::npos);
}

// Valid source outside what the native backend reproduces: declined ("unsupported"), not an error.
void expect_declined(const char* src) {
  NativeResult r = compile(src, "f.py", {Device::Cpu});
  EXPECT_FALSE(r.ok) << src;
  EXPECT_EQ(r.diagnostic.kind, DiagnosticKind::Unsupported) << src << "\n" << r.diagnostic.str();
}

TEST(NativeCompile, DeclinesStructVariantsItDoesNotModel) {
  const char* cases[] = {
      "import warp as wp\n\n@wp.struct\nclass A:\n    x: float = 1.0\n",
      "import warp as wp\n\n@wp.struct\nclass A:\n    x: wp.fabricarrayarray(dtype=float)\n",
      "import warp as wp\n\n@wp.struct\nclass B:\n    a: A\n\n@wp.struct\nclass A:\n    x: float\n",
      "import warp as wp\n\nclass A:\n    x: float\n\n@wp.kernel\ndef k(s: A):\n    pass\n",
      "import warp as wp\n\n@wp.struct\nclass A:\n    def f(self):\n        pass\n",
      "import warp as wp\n\n@wp.struct\nclass A:\n    f\"{eval('1')}\"\n    x: float\n",
  };
  for (const char* src : cases) expect_declined(src);
}

TEST(NativeCompile, DeclinesSourceItDoesNotModel) {
  // each of these is valid Python that Warp may accept, but outside what the native backend reproduces
  const char* cases[] = {
      "import warp as wp\nwp.config.mode = 'debug'\n",
      "import warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n\ti = wp.tid()\n",
      "from warp import kernel\nimport warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    a[0] = 1.0\n\n"
      "kernel(print)\n",
      "import warp as wp\n\nf\"{globals()}\"\n\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    a[0] = 1.0\n",
      "import warp as wp\n\n@wp.kernel(max_unroll=4)\ndef k(a: wp.array(dtype=float)):\n    pass\n",
  };
  for (const char* src : cases) expect_declined(src);
}

}  // namespace
}  // namespace ws::codegen
