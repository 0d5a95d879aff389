#include "pipeline/license.h"

namespace ws::pipeline {

std::optional<std::string> spdx_license(std::string_view source) {
  constexpr std::string_view kTag = "SPDX-License-Identifier:";
  constexpr std::string_view kSpace = " \t\r\f\v";
  for (size_t begin = 0; begin < source.size();) {
    size_t end = source.find('\n', begin);
    if (end == std::string_view::npos) end = source.size();
    std::string_view line = source.substr(begin, end - begin);
    begin = end + 1;
    const size_t first = line.find_first_not_of(kSpace);
    if (first == std::string_view::npos) continue;  // blank
    if (line[first] != '#') return std::nullopt;    // the first statement ends the header
    const size_t at = line.find(kTag);
    if (at == std::string_view::npos) continue;
    std::string_view value = line.substr(at + kTag.size());
    const size_t from = value.find_first_not_of(kSpace);
    if (from == std::string_view::npos) continue;
    value = value.substr(from, value.find_last_not_of(kSpace) - from + 1);
    return std::string(value);
  }
  return std::nullopt;
}

}  // namespace ws::pipeline
