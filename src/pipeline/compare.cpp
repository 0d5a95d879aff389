#include "pipeline/compare.h"

namespace ws::pipeline {
namespace {

std::string_view line_at(std::string_view text, size_t begin) {
  size_t end = text.find('\n', begin);
  return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

}  // namespace

std::optional<std::string> describe_difference(std::string_view expected, std::string_view actual) {
  if (expected == actual) return std::nullopt;
  size_t i = 0;
  while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) ++i;
  // Back up to the start of the line holding the first differing byte.
  size_t line_start = expected.rfind('\n', i == 0 ? 0 : i - 1);
  line_start = (line_start == std::string_view::npos || i == 0) ? 0 : line_start + 1;
  size_t line_no = 1;
  for (size_t k = 0; k < line_start; ++k) line_no += expected[k] == '\n';
  std::string out;
  if (line_start > 0) {
    // line_start - 1 is the '\n' ending the previous line; search before it for that line's start.
    size_t prev = line_start >= 2 ? expected.rfind('\n', line_start - 2) : std::string_view::npos;
    prev = prev == std::string_view::npos ? 0 : prev + 1;
    out += "    " + std::to_string(line_no - 1) + "  " + std::string(line_at(expected, prev)) + "\n";
  }
  out += "  - " + std::to_string(line_no) + "  " +
         (line_start < expected.size() ? std::string(line_at(expected, line_start)) : "<end of text>") + "\n";
  out += "  + " + std::to_string(line_no) + "  " +
         (line_start < actual.size() ? std::string(line_at(actual, line_start)) : "<end of text>") + "\n";
  return out;
}

std::optional<std::string> compare_modules(const ModuleIr& expected, const ModuleIr& actual) {
  if (expected.kernels.size() != actual.kernels.size())
    return "kernel count differs: warp " + std::to_string(expected.kernels.size()) + ", native " +
           std::to_string(actual.kernels.size()) + "\n";
  for (size_t i = 0; i < expected.kernels.size(); ++i)
    if (expected.kernels[i].name != actual.kernels[i].name ||
        expected.kernels[i].mangled != actual.kernels[i].mangled || expected.kernels[i].line != actual.kernels[i].line)
      return "kernel " + std::to_string(i) + ": warp " + expected.kernels[i].mangled + " (line " +
             std::to_string(expected.kernels[i].line) + "), native " + actual.kernels[i].mangled + " (line " +
             std::to_string(actual.kernels[i].line) + ")\n";
  if (expected.devices.size() != actual.devices.size()) return std::string("device count differs\n");
  for (size_t d = 0; d < expected.devices.size(); ++d)
    if (auto diff = describe_difference(expected.devices[d].source, actual.devices[d].source))
      return std::string(device_name(expected.devices[d].device)) + " module differs:\n" + *diff;
  return std::nullopt;
}

}  // namespace ws::pipeline
