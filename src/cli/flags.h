// How commands take their flags that need more than CLI11's own checks.
//
// The one way a command takes a numeric flag: decimal digits only, checked against [min, max] before
// CLI11 converts the text. CLI11's own conversion (strtoull/strtoll) wraps "-5" into a huge unsigned
// number, saturates overflow silently and reads "010" as octal, so `generate --count -5` once asked
// for 2^64 - 5 records.
#pragma once

#include <CLI/CLI.hpp>
#include <charconv>
#include <concepts>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>

#include "dataset/shard_format.h"

namespace ws::cli {

// Upper bounds shared by the commands.
inline constexpr uint64_t kMaxCount = 1'000'000'000;  // kernels per run
inline constexpr int kMaxJobs = 256;

// "" when `text` is a whole number in [min, max] (min >= 0 for every flag); otherwise why not.
template <std::integral T>
std::string check_number(const std::string& text, T min, T max) {
  const bool negative = !text.empty() && text[0] == '-';
  if (text.size() == (negative ? 1u : 0u) || text.find_first_not_of("0123456789", negative ? 1 : 0) != text.npos)
    return "expected a whole number, got '" + text + "'";
  const std::string outside = " is outside [" + std::to_string(min) + ", " + std::to_string(max) + "]";
  T value{};
  // Fails for a negative number into an unsigned type and for anything T cannot hold.
  if (std::from_chars(text.data(), text.data() + text.size(), value).ec != std::errc() || value < min || value > max)
    return text + outside;
  return "";
}

// Adds `--name` reading into `value`, whose current value is shown as the default in --help.
template <std::integral T>
CLI::Option* add_number(CLI::App* cmd, const std::string& name, T& value, const std::string& help,
                        std::type_identity_t<T> min, std::type_identity_t<T> max = std::numeric_limits<T>::max()) {
  const std::string range = "in [" + std::to_string(min) + ", " + std::to_string(max) + "]";
  return cmd->add_option(name, value, help)
      ->capture_default_str()
      ->check(CLI::Validator([min, max](std::string& text) { return check_number(text, min, max); }, range));
}

// `--format` of the commands that write a dataset (generate, extract --out); its help says whether this
// build can write Parquet. `prefix` starts the help text ("With --out: " for extract).
inline CLI::Option* add_format(CLI::App* cmd, std::string& format, const std::string& prefix = "") {
  return cmd
      ->add_option(
          "--format", format,
          prefix +
              "Shard format: jsonl.zst (JSON lines, one zstd frame) or parquet (Apache Arrow's writer, "
              "zstd columns; " +
              (dataset::parquet_built_in() ? "built in" : "not built in: needs pyarrow in .venv at build time") + ")")
      ->capture_default_str();
}

// The --format value as a ShardFormat; an unknown value, or parquet in a build without it, is a usage error.
inline dataset::ShardFormat parse_format_flag(const std::string& format) {
  try {
    return dataset::parse_format(format);
  } catch (const std::invalid_argument& e) {
    throw CLI::ValidationError("--format", e.what());
  }
}

}  // namespace ws::cli
