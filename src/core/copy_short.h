// Copying short strings. The native codegen assembles its text from thousands of pieces per kernel
// (names, operators, statements of a few dozen bytes); a call to memcpy for each costs more than the
// copy. Pieces of up to 32 bytes are copied with two overlapping fixed-size moves, which compile to
// plain loads and stores; longer ones go to memcpy.
#pragma once

#include <cstddef>
#include <cstring>

namespace ws {

// Copies `n` bytes, W <= n <= 2W, as two W-byte moves that overlap in the middle.
template <size_t W>
inline void copy_both_ends(char* d, const char* s, size_t n) {
  char head[W], tail[W];
  std::memcpy(head, s, W);
  std::memcpy(tail, s + n - W, W);
  std::memcpy(d, head, W);
  std::memcpy(d + n - W, tail, W);
}

// Copies `n` bytes from `s` to `d` (which must not overlap) and returns `d + n`. Reads and writes
// only those bytes.
inline char* copy_short(char* d, const char* s, size_t n) {
  if (n > 32) {
    std::memcpy(d, s, n);
  } else if (n >= 16) {
    copy_both_ends<16>(d, s, n);
  } else if (n >= 8) {
    copy_both_ends<8>(d, s, n);
  } else if (n >= 4) {
    copy_both_ends<4>(d, s, n);
  } else if (n > 0) {
    const char a = s[0], b = s[n / 2], c = s[n - 1];
    d[0] = a;
    d[n / 2] = b;
    d[n - 1] = c;
  }
  return d + n;
}

}  // namespace ws
