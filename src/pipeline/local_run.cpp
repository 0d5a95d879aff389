#include "pipeline/local_run.h"

#include "core/ordered_engine.h"
#include "pipeline/summary.h"

namespace ws::pipeline {

void run_local(GenerateRun& run, dataset::SeenSet& seen, GenerateSummary& s, const RecordSink& sink,
               const std::function<bool()>& chunk_done) {
  const GenerateOptions& o = run.options;
  // Production (draw, compile, serialize a chunk of consecutive indices) is order-free; consumption
  // (dedup, split, hand over) takes the chunks in index order, one thread at a time, and only it
  // decides what is kept, so any --jobs gives the same records.
  auto consume = [&](std::vector<Item>& items) -> bool {
    for (size_t k = 0; k < items.size() && s.written < o.count; ++k) {
      const uint64_t key = hash_key(items[k].hash);
      if (const auto split = account(items[k], o.dedup && seen.contains(key), run.ratios, s)) {
        seen.insert(key);
        sink(items[k], *split);
      }
    }
    return chunk_done() || s.written >= o.count;
  };
  // Kernels are drawn only as far as `count` still needs: first exactly that many; once all of them
  // are consumed and dedup or failures left the run short, as many more as are missing.
  auto missing = [&] { return IndexRange{s.drawn, s.drawn + (o.count - s.written)}; };
  run_ordered(
      {run.threads(), kGenerateChunk, run.ahead()}, missing(),
      [&](uint64_t first, size_t n) { return run.producer->produce(first, n); }, consume, missing);
}

}  // namespace ws::pipeline
