// Names that Warp's reference scan (Adjoint.get_references -> resolve_path) can resolve through the
// `warp` module or Python builtins even when the kernel means a local variable of that name. For a
// local `v`, an attribute read `v.x` makes the scan look up `v` there; the kernel hash then changes
// if the object found is a value (e.g. `wp.e`) or has a attribute the native backend reads (x, y, z, w, p, q, shape).
// Generated from Warp 1.19.0: every name in dir(warp) + dir(builtins) for which that holds.
#include "codegen/global_names.h"

#include <algorithm>
#include <array>

namespace ws::codegen {
namespace {

constexpr std::array<std::string_view, 37> kNames = {"E",
                                                     "False",
                                                     "HALF_PI",
                                                     "INF",
                                                     "LN10",
                                                     "LN2",
                                                     "LOG10E",
                                                     "LOG2E",
                                                     "LOG_DEBUG",
                                                     "LOG_ERROR",
                                                     "LOG_INFO",
                                                     "LOG_WARNING",
                                                     "NAN",
                                                     "PHI",
                                                     "PI",
                                                     "TAU",
                                                     "TIMING_ALL",
                                                     "TIMING_GRAPH",
                                                     "TIMING_KERNEL",
                                                     "TIMING_KERNEL_BUILTIN",
                                                     "TIMING_MEMCPY",
                                                     "TIMING_MEMSET",
                                                     "True",
                                                     "_TYPE_CHECKING",
                                                     "__debug__",
                                                     "e",
                                                     "half_pi",
                                                     "inf",
                                                     "ln10",
                                                     "ln2",
                                                     "log10e",
                                                     "log2e",
                                                     "memoryview",
                                                     "nan",
                                                     "phi",
                                                     "pi",
                                                     "tau"};

}  // namespace

bool resolves_to_warp_value(std::string_view name) {
  return std::binary_search(kNames.begin(), kNames.end(), name);
}

}  // namespace ws::codegen
