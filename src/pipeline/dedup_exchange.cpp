#include "pipeline/dedup_exchange.h"

#include <stdexcept>

namespace ws::pipeline {

int dedup_owner(uint64_t key, int ranks) {
  // The high 32 bits scaled to [0, ranks): no modulo bias worth a thought, and no 128-bit product.
  return static_cast<int>(((key >> 32) * static_cast<uint64_t>(ranks)) >> 32);
}

std::vector<std::string> encode_queries(const std::vector<DedupQuery>& items, int ranks) {
  std::vector<std::string> out(static_cast<size_t>(ranks));
  for (const DedupQuery& q : items) {
    std::string& o = out[static_cast<size_t>(dedup_owner(q.key, ranks))];
    for (int b = 0; b < 8; ++b) o.push_back(static_cast<char>(q.key >> (8 * b)));
    o.push_back(q.ok ? 1 : 0);
  }
  return out;
}

std::vector<std::string> answer_queries(const std::vector<std::string>& in, dataset::SeenSet& seen) {
  std::vector<std::string> answers(in.size());
  for (size_t s = 0; s < in.size(); ++s) {
    const std::string& q = in[s];
    if (q.size() % kQueryBytes != 0) throw std::runtime_error("dedup exchange: a truncated query");
    for (size_t at = 0; at < q.size(); at += kQueryBytes) {
      uint64_t key = 0;
      for (int b = 0; b < 8; ++b)
        key |= uint64_t{static_cast<unsigned char>(q[at + static_cast<size_t>(b)])} << (8 * b);
      const bool duplicate = seen.contains(key);
      if (!duplicate && q[at + 8] != 0) seen.insert(key);
      answers[s].push_back(duplicate ? 1 : 0);
    }
  }
  return answers;
}

std::vector<bool> decode_answers(const std::vector<DedupQuery>& items, const std::vector<std::string>& answers,
                                 int ranks) {
  std::vector<size_t> next(static_cast<size_t>(ranks), 0);
  std::vector<bool> duplicate;
  duplicate.reserve(items.size());
  for (const DedupQuery& q : items) {
    const size_t d = static_cast<size_t>(dedup_owner(q.key, ranks));
    if (next[d] >= answers[d].size()) throw std::runtime_error("dedup exchange: an owner answered too few queries");
    duplicate.push_back(answers[d][next[d]++] != 0);
  }
  for (size_t d = 0; d < next.size(); ++d)
    if (next[d] != answers[d].size()) throw std::runtime_error("dedup exchange: an owner answered too many queries");
  return duplicate;
}

}  // namespace ws::pipeline
