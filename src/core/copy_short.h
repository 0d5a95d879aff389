// Copying short strings. The native codegen assembles its text from thousands of pieces per kernel
// (names, operators, statements of a few dozen bytes); a call to memcpy for each costs more than the
// copy. Pieces of up to 32 bytes are copied with two overlapping fixed-size moves, which compile to
// plain loads and stores; longer ones go to memcpy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace ws {

// Copies `n` bytes from `s` to `d` (which must not overlap) and returns `d + n`. Reads and writes
// only those bytes.
inline char* copy_short(char* d, const char* s, size_t n) {
  if (n > 32) {
    std::memcpy(d, s, n);
  } else if (n >= 16) {
    char a[16], b[16];
    std::memcpy(a, s, 16);
    std::memcpy(b, s + n - 16, 16);
    std::memcpy(d, a, 16);
    std::memcpy(d + n - 16, b, 16);
  } else if (n >= 8) {
    uint64_t a, b;
    std::memcpy(&a, s, 8);
    std::memcpy(&b, s + n - 8, 8);
    std::memcpy(d, &a, 8);
    std::memcpy(d + n - 8, &b, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, s, 4);
    std::memcpy(&b, s + n - 4, 4);
    std::memcpy(d, &a, 4);
    std::memcpy(d + n - 4, &b, 4);
  } else if (n > 0) {
    const char a = s[0], b = s[n / 2], c = s[n - 1];
    d[0] = a;
    d[n / 2] = b;
    d[n - 1] = c;
  }
  return d + n;
}

}  // namespace ws
