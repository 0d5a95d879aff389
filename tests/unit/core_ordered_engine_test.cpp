#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/ordered_engine.h"
#include "core/rng.h"

namespace ws {
namespace {

using Chunk = std::vector<uint64_t>;

Chunk produce_indices(uint64_t first, size_t n) {
  Chunk c;
  for (size_t k = 0; k < n; ++k) c.push_back(first + k);
  // Uneven, index-dependent work so chunks finish out of order.
  std::this_thread::sleep_for(std::chrono::microseconds(Rng(9, first).range(0, 300)));
  return c;
}

// What a `generate`-like consumer sees: indices in order, stopping once `keep` of them passed a
// filter, and drawing again only what is still missing (the range grows from drained()).
std::vector<uint64_t> run_like_generate(int threads, uint64_t chunk, uint64_t keep) {
  std::vector<uint64_t> kept, seen;
  auto wanted = [](uint64_t i) { return Rng(3, i).range(0, 2) != 0; };  // about two in three pass
  uint64_t consumed = 0;
  run_ordered(
      {threads, chunk, 3}, {0, keep}, produce_indices,
      [&](Chunk& c) {
        for (uint64_t i : c) {
          if (kept.size() == keep) break;
          seen.push_back(i);
          ++consumed;
          if (wanted(i)) kept.push_back(i);
        }
        return kept.size() == keep;
      },
      [&] {
        return IndexRange{consumed, consumed + (keep - kept.size())};
      });
  EXPECT_EQ(seen.size(), consumed);
  for (size_t k = 0; k < seen.size(); ++k) EXPECT_EQ(seen[k], k) << "consumed out of order";
  return kept;
}

TEST(OrderedEngine, ConsumesEveryIndexInOrderOnce) {
  for (int threads : {1, 2, 5}) {
    std::vector<uint64_t> seen;
    run_ordered(
        {threads, 7, 4}, {10, 110}, produce_indices,
        [&](Chunk& c) {
          seen.insert(seen.end(), c.begin(), c.end());
          return false;
        },
        [] { return IndexRange{}; });
    ASSERT_EQ(seen.size(), 100u) << threads << " threads";
    for (size_t k = 0; k < seen.size(); ++k) EXPECT_EQ(seen[k], 10 + k) << threads << " threads";
  }
}

TEST(OrderedEngine, SameResultForAnyThreadCountAndChunk) {
  const std::vector<uint64_t> one = run_like_generate(1, 32, 500);
  ASSERT_EQ(one.size(), 500u);
  for (int threads : {2, 3, 8})
    for (uint64_t chunk : {1u, 5u, 32u}) EXPECT_EQ(run_like_generate(threads, chunk, 500), one) << threads;
}

TEST(OrderedEngine, StopEndsTheRunAndDrainedNamesWhatComesNext) {
  // The first range holds 10 indices; drained() adds two ranges of 5, then stops.
  std::vector<IndexRange> asked = {{100, 105}, {50, 55}};
  std::vector<uint64_t> seen;
  int drained_calls = 0;
  run_ordered(
      {2, 4, 3}, {0, 10}, produce_indices,
      [&](Chunk& c) {
        seen.insert(seen.end(), c.begin(), c.end());
        return false;
      },
      [&] {
        EXPECT_EQ(seen.size(), 10u + 5u * static_cast<size_t>(drained_calls)) << "drained before all was consumed";
        return drained_calls < 2 ? asked[static_cast<size_t>(drained_calls++)] : IndexRange{};
      });
  const std::vector<uint64_t> expected = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101, 102, 103, 104, 50, 51, 52, 53, 54};
  EXPECT_EQ(seen, expected);

  // Stopping early: no chunk after the one that said stop is consumed, and drained() is not asked.
  std::vector<uint64_t> early;
  run_ordered(
      {3, 4, 6}, {0, 1000}, produce_indices,
      [&](Chunk& c) {
        early.insert(early.end(), c.begin(), c.end());
        return early.back() >= 17;
      },
      [&]() -> IndexRange {
        ADD_FAILURE() << "drained() after a stop";
        return {};
      });
  EXPECT_EQ(early.size(), 20u);  // chunks [0,4) ... [16,20)
}

TEST(OrderedEngine, EmptyFirstRangeAsksDrained) {
  int calls = 0;
  std::vector<uint64_t> seen;
  run_ordered(
      {2, 8, 4}, {5, 5}, produce_indices,
      [&](Chunk& c) {
        seen.insert(seen.end(), c.begin(), c.end());
        return false;
      },
      [&] {
        return ++calls == 1 ? IndexRange{0, 3} : IndexRange{};
      });
  EXPECT_EQ(seen, (std::vector<uint64_t>{0, 1, 2}));
  EXPECT_EQ(calls, 2);
}

TEST(OrderedEngine, FirstExceptionStopsTheRunAndIsRethrown) {
  for (int threads : {1, 4}) {
    std::atomic<uint64_t> produced_after{0};
    EXPECT_THROW(run_ordered(
                     {threads, 4, 4}, {0, 1'000'000},
                     [&](uint64_t first, size_t n) {
                       if (first == 40) throw std::runtime_error("disk full");
                       if (first > 40) ++produced_after;
                       return produce_indices(first, n);
                     },
                     [](Chunk&) { return false; }, [] { return IndexRange{}; }),
                 std::runtime_error);
    // The look-ahead bounds how far production ran past the failure.
    EXPECT_LE(produced_after.load(), 4u + static_cast<uint64_t>(threads));
  }
  try {
    run_ordered(
        {2, 4, 4}, {0, 100}, produce_indices,
        [](Chunk& c) -> bool {
          if (c.front() == 8) throw std::invalid_argument("consumer says no");
          return false;
        },
        [] { return IndexRange{}; });
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "consumer says no");
  }
}

TEST(OrderedEngine, LookAheadIsBounded) {
  for (int threads : {1, 3, 6}) {
    const size_t ahead = 5;
    std::atomic<uint64_t> produced{0}, consumed{0};
    std::atomic<uint64_t> worst{0};
    run_ordered(
        {threads, 2, ahead}, {0, 400},
        [&](uint64_t first, size_t n) {
          const uint64_t lead = ++produced - consumed.load();
          for (uint64_t w = worst.load(); lead > w && !worst.compare_exchange_weak(w, lead);) {
          }
          return produce_indices(first, n);
        },
        [&](Chunk&) {
          std::this_thread::sleep_for(std::chrono::microseconds(200));  // a slow consumer
          ++consumed;
          return false;
        },
        [] { return IndexRange{}; });
    EXPECT_EQ(consumed.load(), 200u);
    // Chunks started but not consumed: `ahead` waiting or in flight, plus the one being consumed.
    EXPECT_LE(worst.load(), ahead + 1) << threads << " threads";
    if (threads > 1) {
      EXPECT_GE(worst.load(), 2u) << "production never ran ahead of consumption";
    }
  }
}

}  // namespace
}  // namespace ws
