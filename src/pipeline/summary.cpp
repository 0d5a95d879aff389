#include "pipeline/summary.h"

#include <algorithm>

namespace ws::pipeline {

std::optional<dataset::Split> account(const Item& it, bool duplicate, const dataset::SplitRatios& ratios,
                                      GenerateSummary& s) {
  ++s.drawn;
  if (duplicate) {
    ++s.duplicates;
    return std::nullopt;
  }
  const Compiled& c = it.compiled;
  if (c.declined) {
    ++s.declined;
    ++s.decline_reasons[c.declined->message];
  }
  if (it.line.empty()) {
    const std::string why = !it.failure.empty() ? it.failure
                            : c.ok              ? "kernel missing from the generated module"
                                                : c.diagnostic.str();
    s.failures.push_back({it.index, it.kernel.preset, it.kernel.kernel_name, why});
    ++s.failure_reasons[it.failure_kind.empty() ? "compile" : it.failure_kind];
    return std::nullopt;
  }
  const dataset::Split split = dataset::assign_split(it.hash, ratios);
  ++s.written;
  ++s.per_split[dataset::split_name(split)];
  ++s.per_preset[it.kernel.preset];
  ++s.per_backend[std::string(backend_name(c.backend))];
  return split;
}

nlohmann::ordered_json counters_json(const GenerateSummary& s) {
  nlohmann::ordered_json failures = nlohmann::ordered_json::array();
  for (const auto& f : s.failures)
    failures.push_back(
        {{"index", f.index}, {"preset", f.preset}, {"kernel_name", f.kernel_name}, {"reason", f.reason}});
  return {{"written", s.written},
          {"drawn", s.drawn},
          {"duplicates", s.duplicates},
          {"declined", s.declined},
          {"per_split", s.per_split},
          {"per_preset", s.per_preset},
          {"per_backend", s.per_backend},
          {"decline_reasons", s.decline_reasons},
          {"failure_reasons", s.failure_reasons},
          {"failures", failures}};
}

void restore_counters(const nlohmann::json& j, GenerateSummary& s) {
  s.written = j.at("written");
  s.drawn = j.at("drawn");
  s.duplicates = j.at("duplicates");
  s.declined = j.at("declined");
  s.per_split = j.at("per_split").get<std::map<std::string, uint64_t>>();
  s.per_preset = j.at("per_preset").get<std::map<std::string, uint64_t>>();
  s.per_backend = j.at("per_backend").get<std::map<std::string, uint64_t>>();
  s.decline_reasons = j.at("decline_reasons").get<std::map<std::string, uint64_t>>();
  s.failure_reasons = j.at("failure_reasons").get<std::map<std::string, uint64_t>>();
  for (const auto& f : j.at("failures"))
    s.failures.push_back({f.at("index"), f.at("preset"), f.at("kernel_name"), f.at("reason")});
}

void add_counters(GenerateSummary& total, const GenerateSummary& part) {
  total.written += part.written;
  total.drawn += part.drawn;
  total.duplicates += part.duplicates;
  total.declined += part.declined;
  using Counts = std::map<std::string, uint64_t>;
  for (const auto& [to, from] :
       std::initializer_list<std::pair<Counts*, const Counts*>>{{&total.per_split, &part.per_split},
                                                                {&total.per_preset, &part.per_preset},
                                                                {&total.per_backend, &part.per_backend},
                                                                {&total.decline_reasons, &part.decline_reasons},
                                                                {&total.failure_reasons, &part.failure_reasons}})
    for (const auto& [k, v] : *from) (*to)[k] += v;
  total.failures.insert(total.failures.end(), part.failures.begin(), part.failures.end());
  std::stable_sort(total.failures.begin(), total.failures.end(),
                   [](const Failure& a, const Failure& b) { return a.index < b.index; });
}

}  // namespace ws::pipeline
