// The C++ the verifier compiles around the records' modules (verify/verify.h): a runtime placed
// before the first module, and the support file holding main() and the few symbols a Warp CPU module
// takes from Warp's runtime library.
#pragma once

namespace ws::verify {

// Included after Warp's headers (compiled with WP_NO_CRT, so only the C library functions crt.h
// declares are available). Arrays are filled, checked and printed through wsv::Run.
inline constexpr const char* kRuntime = R"(
namespace wsv {
typedef unsigned long long u64;

inline u64 splitmix64(u64 x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

struct Gen {
  u64 seed, k;
  double flo, fhi;
  long long ilo, ihi;
  u64 next() { return splitmix64(seed + k++); }
  double real() { return flo + (double)(next() >> 11) * (1.0 / 9007199254740992.0) * (fhi - flo); }
};

// Float kinds: 0 not a float, 2/4/8 the float width in bytes.
template <class T> struct scalar_of { typedef T type; enum { kind = 0 }; };
template <> struct scalar_of<wp::half> { typedef wp::half type; enum { kind = 2 }; };
template <> struct scalar_of<wp::float32> { typedef wp::float32 type; enum { kind = 4 }; };
template <> struct scalar_of<wp::float64> { typedef wp::float64 type; enum { kind = 8 }; };
template <unsigned N, class S> struct scalar_of<wp::vec_t<N, S>> : scalar_of<S> {};
template <unsigned R, unsigned C, class S> struct scalar_of<wp::mat_t<R, C, S>> : scalar_of<S> {};
template <class S> struct scalar_of<wp::quat_t<S>> : scalar_of<S> {};
template <class S> struct scalar_of<wp::transform_t<S>> : scalar_of<S> {};

inline void draw(wp::half& x, Gen& g) { x = wp::float_to_half((wp::float32)g.real()); }
inline void draw(wp::float32& x, Gen& g) { x = (wp::float32)g.real(); }
inline void draw(wp::float64& x, Gen& g) { x = g.real(); }
inline void draw(bool& x, Gen& g) { x = (g.next() & 1) != 0; }
template <class I> void draw(I& x, Gen& g) {
  const long long lo = ((I)-1 > (I)0 && g.ilo < 0) ? 0 : g.ilo;
  x = (I)(lo + (long long)(g.next() % (u64)(g.ihi - lo + 1)));
}

// Any value type: its scalar components in memory order (@wp.struct types get overloads of their own).
template <class T> void fill(T& x, Gen& g) {
  typedef typename scalar_of<T>::type S;
  S* p = reinterpret_cast<S*>(&x);
  for (unsigned i = 0; i < sizeof(T) / sizeof(S); ++i) draw(p[i], g);
}

inline void put(wp::half& x, double v) { x = wp::float_to_half((wp::float32)v); }
template <class S> void put(S& x, double v) { x = (S)v; }

inline double as_double(wp::half x) { return (double)wp::half_to_float(x); }
template <class S> double as_double(S x) { return (double)x; }

struct Arr {
  const char* name;
  unsigned char* data;
  unsigned char* grad;
  u64 bytes;
  int kind;
};

struct Run {
  Gen g;
  Arr arrs[64];
  int n = 0;

  template <class T>
  void array(wp::array_t<T>& a, wp::array_t<T>& adj, const char* name, int ndim, const int* s, bool want_grad) {
    u64 count = 1;
    for (int i = 0; i < ndim; ++i) count *= (u64)s[i];
    T* d = new T[count]();
    for (u64 i = 0; i < count; ++i) fill(d[i], g);
    const int kind = scalar_of<T>::kind;
    T* gr = (want_grad && kind != 0) ? new T[count]() : nullptr;
    if (ndim == 1) { a = wp::array_t<T>(d, s[0], gr); adj = wp::array_t<T>(gr, s[0]); }
    if (ndim == 2) { a = wp::array_t<T>(d, s[0], s[1], gr); adj = wp::array_t<T>(gr, s[0], s[1]); }
    if (ndim == 3) { a = wp::array_t<T>(d, s[0], s[1], s[2], gr); adj = wp::array_t<T>(gr, s[0], s[1], s[2]); }
    if (ndim == 4) {
      a = wp::array_t<T>(d, s[0], s[1], s[2], s[3], gr);
      adj = wp::array_t<T>(gr, s[0], s[1], s[2], s[3]);
    }
    arrs[n++] = Arr{name, (unsigned char*)d, (unsigned char*)gr, count * sizeof(T), kind};
  }

  // A by-value parameter (or one field of a struct parameter) from the contract's components.
  template <class T> bool scalar(T& x, const char* name, const double* v, unsigned count) {
    typedef typename scalar_of<T>::type S;
    if (count != sizeof(T) / sizeof(S)) {
      printf("contract %s: %u values for %u components\n", name, count, (unsigned)(sizeof(T) / sizeof(S)));
      return false;
    }
    S* p = reinterpret_cast<S*>(&x);
    for (unsigned i = 0; i < count; ++i) put(p[i], v[i]);
    return true;
  }

  static bool finite(const unsigned char* p, u64 bytes, int kind) {
    for (u64 i = 0; i < bytes; i += (u64)kind) {
      double x = kind == 2 ? as_double(*(const wp::half*)(p + i))
                           : kind == 4 ? (double)*(const wp::float32*)(p + i) : *(const double*)(p + i);
      if (!isfinite(x)) return false;
    }
    return true;
  }

  static void print(const char* what, const char* name, const unsigned char* p, u64 bytes) {
    printf("%s %s ", what, name);
    for (u64 i = 0; i < bytes; ++i) printf("%02x", (unsigned)p[i]);
    printf("\n");
  }

  // After the forward launch: every array finite, then every array's bytes.
  bool forward_done() {
    for (int i = 0; i < n; ++i)
      if (arrs[i].kind && !finite(arrs[i].data, arrs[i].bytes, arrs[i].kind)) {
        printf("nan forward: %s\n", arrs[i].name);
        return false;
      }
    for (int i = 0; i < n; ++i) print("out", arrs[i].name, arrs[i].data, arrs[i].bytes);
    return true;
  }

  // Before the backward launch: every gradient is ones.
  void seed_gradients() {
    for (int i = 0; i < n; ++i) {
      if (!arrs[i].grad) continue;
      for (u64 b = 0; b < arrs[i].bytes; b += (u64)arrs[i].kind) {
        if (arrs[i].kind == 2) *(wp::half*)(arrs[i].grad + b) = wp::float_to_half(1.0f);
        if (arrs[i].kind == 4) *(wp::float32*)(arrs[i].grad + b) = 1.0f;
        if (arrs[i].kind == 8) *(wp::float64*)(arrs[i].grad + b) = 1.0;
      }
    }
  }

  bool backward_done() {
    for (int i = 0; i < n; ++i)
      if (arrs[i].grad && !finite(arrs[i].grad, arrs[i].bytes, arrs[i].kind)) {
        printf("nan backward: %s\n", arrs[i].name);
        return false;
      }
    for (int i = 0; i < n; ++i)
      if (arrs[i].grad) print("grad", arrs[i].name, arrs[i].grad, arrs[i].bytes);
    return true;
  }
};

// Warp's launch bounds for a kernel whose wp.tid() has N coordinates, launched with the n extents s
// (context.py, _build_launch_bounds_from_tuple): missing trailing extents are 1, and extents beyond the
// N-th (a tiled launch's block_dim, which wp.launch_tiled appends) fold into coord_mult, so those
// threads share one coordinate tuple.
template <int N> wp::launch_bounds_t<N> bounds(const int* s, int n) {
  wp::launch_bounds_t<N> b;
  b.size = 1;
  for (int i = 0; i < N; ++i) {
    b.shape[i] = i < n ? (unsigned)s[i] : 1u;
    b.size *= (size_t)b.shape[i];
  }
  b.coord_mult = 1;
  for (int i = N; i < n; ++i) b.coord_mult *= (size_t)s[i];
  b.size *= b.coord_mult;
  return b;
}

// Warp's spatial structures, built by the pinned Warp's own library (the support file loads warp.so)
// as wp.Mesh, wp.HashGrid.build and wp.Bvh build them on the CPU (SAH trees; leaf sizes 4 for a mesh,
// 1 for a BVH), from the inputs of the contract's "queries" (docs/dataset-format.md). Mesh and BVH
// draw their data from the stream after the arrays; what they point into lives as long as the run.
extern "C" void* wsv_warp_symbol(const char* name);

// A height field of n x n cells over [-1, 1]^2: heights, then velocities, from the stream.
inline wp::uint64 mesh(Gen& g, int n) {
  typedef wp::uint64 (*Create)(wp::array_t<wp::vec3>, wp::array_t<wp::vec3>, wp::array_t<int>, int, int, int, int,
                               int*, int);
  const int side = n + 1, np = side * side, nt = 2 * n * n;
  wp::vec3* p = new wp::vec3[np];
  wp::vec3* v = new wp::vec3[np];
  int* idx = new int[3 * nt];
  for (int a = 0; a < side; ++a)
    for (int b = 0; b < side; ++b)
      p[a * side + b] = wp::vec3((wp::float32)(-1.0 + 2.0 * a / n), (wp::float32)(-1.0 + 2.0 * b / n), 0.0f);
  for (int k = 0; k < np; ++k) draw(p[k][2], g);
  for (int k = 0; k < np; ++k) fill(v[k], g);
  int* t = idx;
  for (int a = 0; a < n; ++a)
    for (int b = 0; b < n; ++b) {
      const int c = a * side + b;
      const int tri[6] = {c, c + side, c + side + 1, c, c + side + 1, c + 1};
      for (int i = 0; i < 6; ++i) *t++ = tri[i];
    }
  Create create = (Create)wsv_warp_symbol("wp_mesh_create_host");
  return create(wp::array_t<wp::vec3>(p, np), wp::array_t<wp::vec3>(v, np), wp::array_t<int>(idx, 3 * nt), np, nt,
                1, 0, nullptr, 4);
}

// wp.HashGrid(dims, dims, dims) of float32 points, built over `points` with cells of width w.
inline wp::uint64 hash_grid(const wp::array_t<wp::vec3>& points, int dims, double w) {
  typedef wp::uint64 (*Create)(int, int, int, int);
  typedef void (*Update)(wp::uint64, int, double, const void*, const void*);
  const wp::uint64 id = ((Create)wsv_warp_symbol("wp_hash_grid_create_host"))(1, dims, dims, dims);
  ((Update)wsv_warp_symbol("wp_hash_grid_update_host"))(id, 1, w, &points, nullptr);
  return id;
}

// A BVH of `items` boxes of half extent h around centres drawn from the stream.
inline wp::uint64 bvh(Gen& g, int items, double h) {
  typedef wp::uint64 (*Create)(wp::vec3*, wp::vec3*, int, int, int*, int);
  wp::vec3* lo = new wp::vec3[items];
  wp::vec3* hi = new wp::vec3[items];
  const wp::float32 e = (wp::float32)h;
  for (int k = 0; k < items; ++k) {
    wp::vec3 c;
    fill(c, g);
    lo[k] = wp::vec3(c[0] - e, c[1] - e, c[2] - e);
    hi[k] = wp::vec3(c[0] + e, c[1] + e, c[2] + e);
  }
  return ((Create)wsv_warp_symbol("wp_bvh_create_host"))(lo, hi, items, 0, nullptr, 1);
}

extern "C" void wsv_flush();
// Where the run is, on stdout before the stage runs (flushed: a crash loses nothing).
inline void stage(const char* s) {
  printf("stage %s\n", s);
  wsv_flush();
}
}  // namespace wsv
)";

// The support file: main() runs the batch's kernels, each in a child process; the symbols Warp's runtime
// library gives a CPU module (assert, isfinite, half conversions) are defined here as plain C++; the
// CPU block runner (tile barriers, lane ids) follows it, from verify/block_runner.h.
inline constexpr const char* kSupport = R"(#include <dlfcn.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" {
int wsv_main(int kernel);
void wsv_flush() { std::fflush(stdout); }

void _wp_assert(const char* message, const char* file, unsigned line) {
  std::fflush(stdout);
  std::fprintf(stderr, "wsv-assert: '%s' at %s:%u\n", message, file, line);
  std::abort();
}
// A function of the pinned Warp's library (WSV_WARP_LIB, defined when this file is compiled), loaded in
// the child that first needs one (harness runtime: wsv::mesh, wsv::hash_grid, wsv::bvh).
void* wsv_warp_symbol(const char* name) {
  static void* lib = dlopen(WSV_WARP_LIB, RTLD_LAZY | RTLD_LOCAL);
  void* f = lib ? dlsym(lib, name) : nullptr;
  if (!f) {
    std::fflush(stdout);
    std::fprintf(stderr, "wsv-assert: '%s not found in %s: %s' at harness:0\n", name, WSV_WARP_LIB, dlerror());
    std::abort();
  }
  return f;
}
int _wp_isfinite(double x) { return std::isfinite(x); }
int _wp_isnan(double x) { return std::isnan(x); }
int _wp_isinf(double x) { return std::isinf(x); }

uint16_t wp_float_to_half_bits(float x) {
  _Float16 h = static_cast<_Float16>(x);
  uint16_t u;
  std::memcpy(&u, &h, 2);
  return u;
}
float wp_half_bits_to_float(uint16_t u) {
  _Float16 h;
  std::memcpy(&h, &u, 2);
  return static_cast<float>(h);
}

}

// argv: a log directory, the seconds each kernel may run, then the kernels to run. Each kernel runs in
// a child forked from this process (no exec: the binary and its runtime are loaded once per batch),
// with stdout and stderr in DIR/run<k>.log and an alarm; its wait status is printed as "k status".
int main(int argc, char** argv) {
  if (argc < 3) return 2;
  const unsigned timeout = (unsigned)std::atoi(argv[2]);
  for (int a = 3; a < argc; ++a) {
    const int k = std::atoi(argv[a]);
    char log[4096];
    std::snprintf(log, sizeof log, "%s/run%d.log", argv[1], k);
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid < 0) return 2;
    if (pid == 0) {
      const int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd < 0) _exit(2);
      dup2(fd, 1);
      dup2(fd, 2);
      close(fd);
      setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
      alarm(timeout);
      std::exit(wsv_main(k));
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
      if (errno != EINTR) return 2;
    std::printf("%d %d\n", k, status);
  }
  return 0;
}
)";

}  // namespace ws::verify
