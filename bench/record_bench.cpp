// Serialization and hashing costs per record: both run once per pair on the writer's hot path.
#include <benchmark/benchmark.h>

#include "dataset/record.h"
#include "dataset/struct_hash.h"

namespace {

const std::string kPython =
    "import warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):\n"
    "    tid = wp.tid()\n    s = float(0.0)\n    for i in range(n):\n        s = s + a[tid] * 2.0\n"
    "    if s > 1.0:\n        b[tid] = wp.sin(s)\n    else:\n        b[tid] = s\n";

void BM_StructHash(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ws::struct_hash(kPython));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * kPython.size()));
}
BENCHMARK(BM_StructHash);

void BM_RecordToJson(benchmark::State& state) {
  ws::Record r;
  r.python = kPython;
  const std::string body(6000, 'x');
  r.cpu = ws::DeviceIr{body + "\"\n\t", body, {body}, ""};
  r.cuda = r.cpu;
  size_t bytes = 0;
  for (auto _ : state) {
    std::string line = ws::to_json_line(r);
    bytes += line.size();
    benchmark::DoNotOptimize(line);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_RecordToJson);

}  // namespace
