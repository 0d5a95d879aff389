// Substring search over generated C++ (module texts of tens of KB). There, the first byte of any
// needle we look for (`\n`, a letter) recurs every few bytes, so std::string_view::find (memchr on
// that byte, then a compare) and glibc's memmem are slow. This tests two bytes of the needle for 16
// positions at once and compares in full only where both match: the first and the last, which are
// far apart and rarely match together by chance, unless the last is a blank or repeats the first;
// then the first two (a needle that starts a line: `\n}` and `\ns` are rare in Warp's output).
// Two probes, not three: the scan is bound by its loads.
#pragma once

#include <cstring>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ws {

// The position of the first `needle` in `text` at or after `from`, or npos (std::string_view::find).
inline size_t find_text(std::string_view text, std::string_view needle, size_t from = 0) {
  const size_t n = needle.size();
  if (from > text.size()) return std::string_view::npos;
  if (n == 0) return from;
  if (text.size() - from < n) return std::string_view::npos;
  const char* const base = text.data();
  const char* p = base + from;
  const char* const last_start = base + text.size() - n;  // the last position a match can start at
#if defined(__SSE2__)
  const char last = needle.back();
  const size_t probe = n == 1 ? 0 : (last == ' ' || last == '\n' || last == needle[0]) ? 1 : n - 1;
  const __m128i b0 = _mm_set1_epi8(needle[0]), b1 = _mm_set1_epi8(needle[probe]);
  for (; last_start - p >= 16; p += 16) {
    const __m128i x0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i x1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + probe));
    const __m128i both = _mm_and_si128(_mm_cmpeq_epi8(x0, b0), _mm_cmpeq_epi8(x1, b1));
    for (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(both)); m; m &= m - 1) {
      const char* at = p + __builtin_ctz(m);
      if (std::memcmp(at, needle.data(), n) == 0) return static_cast<size_t>(at - base);
    }
  }
#endif
  for (; p <= last_start; ++p)
    if (std::memcmp(p, needle.data(), n) == 0) return static_cast<size_t>(p - base);
  return std::string_view::npos;
}

}  // namespace ws
