#include "dataset/split.h"

#include <xxhash.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace ws::dataset {

const char* split_name(Split s) {
  switch (s) {
    case Split::Train:
      return "train";
    case Split::Validation:
      return "validation";
    case Split::Test:
      return "test";
  }
  return "?";
}

Split split_from_name(std::string_view name) {
  for (Split s : kSplits)
    if (name == split_name(s)) return s;
  throw std::invalid_argument("unknown split \"" + std::string(name) + "\"");
}

namespace {

[[noreturn]] void bad_ratios(std::string_view text, const std::string& why) {
  throw std::invalid_argument("invalid split ratios \"" + std::string(text) + "\": " + why +
                              " (expected train,validation,test, e.g. 0.9,0.05,0.05)");
}

}  // namespace

SplitRatios SplitRatios::parse(std::string_view text) {
  double values[3];
  size_t pos = 0;
  for (int i = 0; i < 3; ++i) {
    const size_t comma = text.find(',', pos);
    if ((i < 2) != (comma != std::string_view::npos)) bad_ratios(text, "need exactly three comma-separated numbers");
    std::string_view field = text.substr(pos, comma == std::string_view::npos ? text.npos : comma - pos);
    while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
    while (!field.empty() && field.back() == ' ') field.remove_suffix(1);
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), values[i]);
    if (ec != std::errc() || end != field.data() + field.size() || field.empty())
      bad_ratios(text, "\"" + std::string(field) + "\" is not a number");
    if (!std::isfinite(values[i]) || values[i] < 0) bad_ratios(text, "ratios must be non-negative");
    pos = comma + 1;
  }
  const double sum = values[0] + values[1] + values[2];
  if (std::fabs(sum - 1.0) > 1e-9) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "ratios sum to %.12g, not 1", sum);
    bad_ratios(text, buf);
  }
  return {values[0], values[1], values[2]};
}

Split assign_split(std::string_view struct_hash, const SplitRatios& ratios) {
  // Top 53 bits give a double uniform in [0, 1) with no rounding up to 1.
  const uint64_t h = XXH3_64bits(struct_hash.data(), struct_hash.size());
  const double u = static_cast<double>(h >> 11) * 0x1.0p-53;
  // The `== 0` tests keep records out of empty splits when the ratios sum to slightly under 1.
  if (u < ratios.train || (ratios.validation == 0 && ratios.test == 0)) return Split::Train;
  if (u < ratios.train + ratios.validation || ratios.test == 0) return Split::Validation;
  return Split::Test;
}

}  // namespace ws::dataset
