// Python's text for numbers, which Warp pastes into generated code (constant_str) and hashes.
#pragma once

#include <string>

namespace ws::codegen {

// repr(float): shortest round-trip digits; fixed notation for 1e-4 <= |x| < 1e16, else "1e-05" style.
std::string python_float_repr(double v);

}  // namespace ws::codegen
