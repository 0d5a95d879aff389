#include <gtest/gtest.h>

#include <vector>

#include "core/rng.h"
#include "dataset/seen_set.h"
#include "pipeline/dedup_exchange.h"

namespace ws::pipeline {
namespace {

// A stream with many repeated structures and some failed items: key from a small alphabet (spread
// over all 64 bits, as struct hashes are), ok about four times in five.
std::vector<DedupQuery> stream(size_t n) {
  std::vector<DedupQuery> out;
  for (size_t i = 0; i < n; ++i) {
    Rng rng(17, i);
    out.push_back({splitmix64(static_cast<uint64_t>(rng.range(0, 150))), rng.range(0, 4) != 0});
  }
  return out;
}

// One process: a duplicate is a key already written; a key is written when it is new and ok.
std::vector<bool> sequential(const std::vector<DedupQuery>& items) {
  dataset::SeenSet seen;
  std::vector<bool> duplicate;
  for (const DedupQuery& q : items) {
    duplicate.push_back(seen.contains(q.key));
    if (!duplicate.back() && q.ok) seen.insert(q.key);
  }
  return duplicate;
}

// K simulated ranks over windows of `window` indices, each cut into K contiguous parts, exchanging
// through encode_queries / answer_queries / decode_answers exactly as generate_mpi does over MPI.
std::vector<bool> distributed(const std::vector<DedupQuery>& items, int ranks, size_t window) {
  const size_t k = static_cast<size_t>(ranks);
  std::vector<dataset::SeenSet> owners(k);
  std::vector<bool> duplicate;
  for (size_t first = 0; first < items.size(); first += window) {
    const size_t n = std::min(window, items.size() - first);
    std::vector<std::vector<DedupQuery>> parts(k);
    std::vector<std::vector<std::string>> sent(k);  // sent[s][d]: rank s to owner d
    for (size_t r = 0; r < k; ++r) {
      parts[r].assign(items.begin() + static_cast<ptrdiff_t>(first + n * r / k),
                      items.begin() + static_cast<ptrdiff_t>(first + n * (r + 1) / k));
      sent[r] = encode_queries(parts[r], ranks);
      EXPECT_EQ(sent[r].size(), k);
    }
    std::vector<std::vector<std::string>> answered(k);  // answered[d][s]: owner d to rank s
    for (size_t d = 0; d < k; ++d) {
      std::vector<std::string> in(k);
      for (size_t s = 0; s < k; ++s) in[s] = sent[s][d];
      answered[d] = answer_queries(in, owners[d]);
    }
    for (size_t r = 0; r < k; ++r) {
      std::vector<std::string> back(k);
      for (size_t d = 0; d < k; ++d) back[d] = answered[d][r];
      for (bool dup : decode_answers(parts[r], back, ranks)) duplicate.push_back(dup);
    }
  }
  return duplicate;
}

TEST(DedupExchange, SameVerdictsAsOneProcessForAnyRankCountAndWindow) {
  const std::vector<DedupQuery> items = stream(3000);
  const std::vector<bool> expected = sequential(items);
  size_t duplicates = 0, failed_firsts = 0;
  for (size_t i = 0; i < items.size(); ++i) duplicates += expected[i];
  for (size_t i = 0; i < items.size(); ++i) failed_firsts += !expected[i] && !items[i].ok;
  ASSERT_GT(duplicates, 2000u) << "the stream must repeat structures";
  ASSERT_GT(failed_firsts, 10u) << "the stream must hold failed items whose structure a later item takes";
  for (int ranks : {1, 2, 3, 7})
    for (size_t window : {1u, 5u, 64u, 1000u, 5000u})
      EXPECT_EQ(distributed(items, ranks, window), expected) << ranks << " ranks, window " << window;
}

TEST(DedupExchange, OwnersSpreadKeysAndKeepTheirLowBitsFree) {
  std::vector<int> per(5, 0);
  for (uint64_t i = 0; i < 5000; ++i) {
    const int owner = dedup_owner(splitmix64(i), 5);
    ASSERT_GE(owner, 0);
    ASSERT_LT(owner, 5);
    ++per[static_cast<size_t>(owner)];
  }
  for (int n : per) EXPECT_NEAR(n, 1000, 150);
  // The owner comes from the high bits: keys differing only in low bits share it.
  EXPECT_EQ(dedup_owner(0xabcdef0000000000ULL, 7), dedup_owner(0xabcdef00ffffffffULL, 7));
  EXPECT_EQ(dedup_owner(~uint64_t{0}, 3), 2);
  EXPECT_EQ(dedup_owner(0, 3), 0);
}

TEST(DedupExchange, WireFormatIsNineBytesOutOneBack) {
  const std::vector<DedupQuery> items = {{0x0102030405060708ULL, true}, {0x0102030405060708ULL, false}};
  const std::vector<std::string> out = encode_queries(items, 1);
  ASSERT_EQ(out[0].size(), 2 * kQueryBytes);
  EXPECT_EQ(out[0].substr(0, 9), std::string("\x08\x07\x06\x05\x04\x03\x02\x01\x01", 9));
  dataset::SeenSet seen;
  const std::vector<std::string> answers = answer_queries(out, seen);
  EXPECT_EQ(answers[0], std::string("\x00\x01", 2));
  EXPECT_EQ(decode_answers(items, answers, 1), (std::vector<bool>{false, true}));
  EXPECT_THROW(decode_answers(items, {std::string(1, '\0')}, 1), std::runtime_error);
  EXPECT_THROW(answer_queries({std::string(5, 'x')}, seen), std::runtime_error);
}

}  // namespace
}  // namespace ws::pipeline
