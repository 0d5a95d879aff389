#include "codegen/py_repr.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace ws::codegen {

std::string python_float_repr(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  // Shortest round-trip digits in scientific form, [-]d[.ddd]e[+-]X..., rearranged the way Python's
  // repr does; built in fixed buffers (constants are formatted for every declaration).
  char sci[40];
  const char* const sci_end = std::to_chars(sci, sci + sizeof(sci), v, std::chars_format::scientific).ptr;
  const char* p = sci;
  const bool neg = *p == '-';
  if (neg) ++p;
  char digits[24];
  size_t nd = 0;
  for (; p < sci_end && *p != 'e'; ++p) {
    if (*p != '.') digits[nd++] = *p;
  }
  int exp10 = 0;
  std::from_chars(p + 1 + (p[1] == '+'), sci_end, exp10);
  char out[48];
  size_t n = 0;
  auto put = [&](char c) { out[n++] = c; };
  auto put_digits = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) put(digits[k]);
  };
  if (neg) put('-');
  if (exp10 >= -4 && exp10 < 16) {  // Python's repr switches to exponent form outside [1e-4, 1e16)
    if (exp10 < 0) {
      put('0');
      put('.');
      for (int k = 0; k < -exp10 - 1; ++k) put('0');
      put_digits(0, nd);
    } else if (static_cast<int>(nd) <= exp10 + 1) {
      put_digits(0, nd);
      for (int k = static_cast<int>(nd); k < exp10 + 1; ++k) put('0');
      put('.');
      put('0');
    } else {
      const auto point = static_cast<size_t>(exp10 + 1);
      put_digits(0, point);
      put('.');
      put_digits(point, nd);
    }
    return std::string(out, n);
  }
  put(digits[0]);
  if (nd > 1) {
    put('.');
    put_digits(1, nd);
  }
  put('e');
  put(exp10 < 0 ? '-' : '+');
  const int a = std::abs(exp10);
  if (a < 10) put('0');
  n = static_cast<size_t>(std::to_chars(out + n, out + sizeof(out), a).ptr - out);
  return std::string(out, n);
}

}  // namespace ws::codegen
