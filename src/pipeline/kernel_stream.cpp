#include "pipeline/kernel_stream.h"

#include <algorithm>
#include <stdexcept>

#include "core/rng.h"

namespace ws::pipeline {
namespace {

std::vector<std::string> resolve_presets(const std::vector<std::string>& wanted) {
  const auto& known = gen::preset_names();
  if (wanted.empty()) return known;
  for (const auto& p : wanted) {
    if (std::find(known.begin(), known.end(), p) != known.end()) continue;
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    throw std::invalid_argument("unknown preset '" + p + "' (known: " + list + ")");
  }
  return wanted;
}

}  // namespace

KernelStream::KernelStream(uint64_t seed, const std::vector<std::string>& presets)
    : seed_(seed), presets_(resolve_presets(presets)) {}

const std::string& KernelStream::preset(uint64_t index) const {
  Rng rng(splitmix64(seed_ ^ 0x70726573657473ULL), index);
  return presets_[static_cast<size_t>(rng.range(0, static_cast<int64_t>(presets_.size()) - 1))];
}

gen::GeneratedKernel KernelStream::kernel(uint64_t index) const {
  return gen::generate(preset(index), seed_, index);
}

std::vector<Job> KernelStream::jobs(uint64_t first, uint64_t end) const {
  std::vector<Job> out;
  for (uint64_t i = first; i < end; ++i) {
    gen::GeneratedKernel k = kernel(i);
    out.push_back({std::move(k.python), std::move(k.path)});
  }
  return out;
}

}  // namespace ws::pipeline
