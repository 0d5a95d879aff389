// A fixed set of short words (Python keywords, names a hash keeps) asked about for every identifier a
// tokenizer sees. A sorted table searched through the bucket of the word's first byte: a handful of
// inline compares, where a binary search over all of them costs a memcmp call per step.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ws {

template <size_t N>
class WordSet {
 public:
  // `words`: sorted, ASCII, non-empty; fewer than 256.
  consteval explicit WordSet(const std::array<std::string_view, N>& words) : words_(words) {
    static_assert(N < 256);
    if (!std::is_sorted(words_.begin(), words_.end())) throw "WordSet: words must be sorted";
    for (size_t i = 0; i < N; ++i) {
      if (words_[i].empty() || static_cast<unsigned char>(words_[i][0]) >= 128) throw "WordSet: non-ASCII word";
      const auto c = static_cast<unsigned char>(words_[i][0]);
      if (first_[c] == last_[c]) first_[c] = static_cast<uint8_t>(i);
      last_[c] = static_cast<uint8_t>(i + 1);
      min_size_ = std::min(min_size_, words_[i].size());
      max_size_ = std::max(max_size_, words_[i].size());
    }
  }

  bool contains(std::string_view s) const {
    if (s.size() < min_size_ || s.size() > max_size_) return false;
    const auto c = static_cast<unsigned char>(s[0]);
    if (c >= 128) return false;
    for (uint8_t i = first_[c]; i < last_[c]; ++i) {
      const std::string_view w = words_[i];
      if (w.size() == s.size() && std::equal(w.begin(), w.end(), s.begin())) return true;
    }
    return false;
  }

  const std::array<std::string_view, N>& words() const { return words_; }

 private:
  std::array<std::string_view, N> words_;
  uint8_t first_[128] = {};  // the bucket of first byte c is words_[first_[c], last_[c])
  uint8_t last_[128] = {};
  size_t min_size_ = SIZE_MAX;
  size_t max_size_ = 0;
};

}  // namespace ws
