// Train/validation/test assignment. A record's split is a pure function of its structural hash, so
// every record of one program structure (however its identifiers and literals vary) lands in the same
// split: a model can't see a test program's structure during training. Being stateless, it also
// gives the same answer in a resumed run.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace ws::dataset {

enum class Split : uint8_t { Train, Validation, Test };

inline constexpr std::array<Split, 3> kSplits = {Split::Train, Split::Validation, Split::Test};

// "train", "validation", "test": the names HF `datasets` uses, and the shard file prefixes.
const char* split_name(Split s);
// The inverse of split_name; throws std::invalid_argument for any other name.
Split split_from_name(std::string_view name);

struct SplitRatios {
  double train = 0.90;
  double validation = 0.05;
  double test = 0.05;

  // Parses "train,validation,test", e.g. "0.9,0.05,0.05". Each must be a non-negative number and
  // they must sum to 1 (within 1e-9). Throws std::invalid_argument saying what is wrong.
  static SplitRatios parse(std::string_view text);
};

// Maps xxh3_64(struct_hash) to [0, 1) and cuts that interval by the ratios. A split with ratio 0
// never receives a record.
Split assign_split(std::string_view struct_hash, const SplitRatios& ratios);

}  // namespace ws::dataset
