#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/text_search.h"

namespace ws {
namespace {

// find_text must agree with std::string_view::find everywhere: needles of every length from 0 to
// past the text, at every start offset, over texts made of few distinct bytes (so partial matches,
// overlapping matches and matches straddling the 16-byte blocks are frequent).
TEST(FindText, AgreesWithStringViewFind) {
  std::mt19937 rng(7);
  const std::string alphabet = "ab\n}";
  for (int round = 0; round < 300; ++round) {
    std::string text(rng() % 70, ' ');
    for (char& c : text) c = alphabet[rng() % alphabet.size()];
    for (size_t len = 0; len <= 6; ++len) {
      std::string needle(len, ' ');
      for (char& c : needle) c = alphabet[rng() % alphabet.size()];
      for (size_t from = 0; from <= text.size() + 1; ++from) {
        ASSERT_EQ(find_text(text, needle, from), std::string_view(text).find(needle, from))
            << "text '" << text << "' needle '" << needle << "' from " << from;
      }
    }
  }
}

TEST(FindText, FindsNeedlesAtTheVeryEndAndLongerThanTheText) {
  const std::string text = std::string(40, 'x') + "_cpu_kernel_forward(";
  EXPECT_EQ(find_text(text, "_cpu_kernel_forward("), 40u);
  EXPECT_EQ(find_text(text, text + "y"), std::string_view::npos);
  EXPECT_EQ(find_text(text, "forward(", 41), text.size() - 8);
}

}  // namespace
}  // namespace ws
