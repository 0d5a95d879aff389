#include <gtest/gtest.h>

#include <string>

#include "core/word_set.h"

namespace ws {
namespace {

constexpr WordSet kWords(std::array<std::string_view, 5>{"as", "assert", "def", "del", "yield"});

TEST(WordSet, FindsEveryWordAndNothingElse) {
  for (std::string_view w : kWords.words()) EXPECT_TRUE(kWords.contains(w)) << w;
  // Same first byte or same length as a member, prefixes and extensions of members, other cases.
  for (std::string_view w : {"a", "ass", "asserts", "de", "deff", "dex", "Def", "yields", "yiel", "zz", ""})
    EXPECT_FALSE(kWords.contains(w)) << w;
}

TEST(WordSet, ViewsIntoLongerTextAreComparedByTheirOwnBytes) {
  const std::string text = "assertion";
  EXPECT_TRUE(kWords.contains(std::string_view(text).substr(0, 6)));
  EXPECT_FALSE(kWords.contains(std::string_view(text).substr(0, 7)));
}

TEST(WordSet, NonAsciiFirstByteIsNotAWord) {
  EXPECT_FALSE(kWords.contains("\xc3\xa9t\xc3\xa9"));
  EXPECT_FALSE(kWords.contains("\xff\xff"));
}

}  // namespace
}  // namespace ws
