// Per-kernel costs of the native path, stage by stage: drawing a kernel, native codegen (cpu+cuda) and
// turning the module into JSON records. `warpsynth bench` gives the ratios against real Warp; these
// isolate where native time goes.
#include <benchmark/benchmark.h>

#include "codegen/native.h"
#include "dataset/record.h"
#include "dataset/struct_hash.h"
#include "gen/generator.h"
#include "pipeline/kernel_stream.h"
#include "pipeline/records.h"

namespace {

const std::vector<ws::gen::GeneratedKernel>& kernels() {
  static const std::vector<ws::gen::GeneratedKernel> k = [] {
    std::vector<ws::gen::GeneratedKernel> v;
    const ws::pipeline::KernelStream stream(1, {});
    for (uint64_t i = 0; i < 300; ++i) v.push_back(stream.kernel(i));
    return v;
  }();
  return k;
}

const std::vector<ws::Device> kDevices = {ws::Device::Cpu, ws::Device::Cuda};

void BM_Generate(benchmark::State& state) {
  const ws::pipeline::KernelStream stream(1, {});
  uint64_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(stream.kernel(i));
    ++i;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_Generate);

void BM_NativeCompile(benchmark::State& state) {
  const auto& ks = kernels();
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const auto& k = ks[i++ % ks.size()];
    ws::codegen::NativeResult r = ws::codegen::compile(k.python, k.path, kDevices);
    for (const auto& d : r.ir.devices) bytes += d.source.size();
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_NativeCompile);

void BM_BuildRecords(benchmark::State& state) {
  std::vector<ws::pipeline::Compiled> compiled;
  std::vector<const ws::gen::GeneratedKernel*> sources;
  std::vector<std::string> hashes;
  for (const auto& k : kernels()) {
    ws::codegen::NativeResult r = ws::codegen::compile(k.python, k.path, kDevices);
    if (!r.ok) continue;
    ws::pipeline::Compiled c;
    c.ok = true;
    c.ir = std::move(r.ir);
    c.backend = ws::BackendKind::Native;
    compiled.push_back(std::move(c));
    sources.push_back(&k);
    hashes.push_back(ws::struct_hash(k.python));
  }
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const auto& k = *sources[i % compiled.size()];
    // As in `generate`, which has the structural hash already (it dedups by it).
    ws::pipeline::RecordMeta meta{
        k.python, k.path, k.preset, 1, i, k.features, k.launch, "1.19.0", false, hashes[i % compiled.size()], ""};
    for (const auto& rec : ws::pipeline::build_records(compiled[i % compiled.size()], meta))
      bytes += ws::to_json_line(rec).size();
    ++i;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_BuildRecords);

}  // namespace
