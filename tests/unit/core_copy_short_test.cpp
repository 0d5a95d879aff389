#include <gtest/gtest.h>

#include <string>

#include "core/copy_short.h"

namespace ws {
namespace {

// Every length across the size classes (0, 1-3, 4-7, 8-15, 16-32, memcpy beyond), at several source
// and destination offsets: the bytes arrive in order, the returned end is right, and no byte around
// the destination range is touched.
TEST(CopyShort, CopiesExactlyTheBytesAtEveryLengthAndOffset) {
  std::string src(128, '\0');
  for (size_t i = 0; i < src.size(); ++i) src[i] = static_cast<char>('A' + i % 53);
  for (size_t n = 0; n <= 70; ++n) {
    for (size_t s_off = 0; s_off < 5; ++s_off) {
      for (size_t d_off = 0; d_off < 5; ++d_off) {
        std::string dst(n + 16, '#');
        char* end = copy_short(dst.data() + d_off, src.data() + s_off, n);
        EXPECT_EQ(end, dst.data() + d_off + n);
        const std::string want = std::string(d_off, '#') + src.substr(s_off, n) + std::string(16 - d_off, '#');
        ASSERT_EQ(dst, want) << "n=" << n << " s_off=" << s_off << " d_off=" << d_off;
      }
    }
  }
}

}  // namespace
}  // namespace ws
