#include "pipeline/producer.h"

#include "core/rng.h"
#include "dataset/struct_hash.h"
#include "pipeline/records.h"

namespace ws::pipeline {

uint64_t hash_key(const std::string& hex) {
  return std::stoull(hex, nullptr, 16);
}

// Native kernels go from drawing to their JSON line in one pass; what native declines, and
// everything with --backend warp, then goes through the Warp workers as one batch per chunk (the
// backend runs one batch at a time; its own `jobs` processes share it out).
Producer::Producer(const GenerateOptions& options, const KernelStream& stream, Backend& backend,
                   const verify::Options& verify, const std::string& warp_version)
    : o_(options),
      stream_(stream),
      backend_(backend),
      verify_(verify),
      warp_version_(warp_version),
      native_(options.with_ir && backend.kind() == BackendKind::Native) {}

void Producer::serialize(Item& it) const {
  Compiled& c = it.compiled;
  if (!o_.with_ir) {
    c.ok = true;
    c.backend = BackendKind::None;
    c.ir.kernels.push_back({it.kernel.kernel_name, "", 0});
  }
  if (!c.ok || !it.failure.empty()) return;
  RecordMeta meta{it.kernel.python, it.kernel.path, it.kernel.preset, o_.seed, it.index,       it.kernel.features,
                  it.kernel.launch, warp_version_,  o_.full_module,   it.hash, it.verification};
  std::vector<Record> records = build_records(c, meta, it.kernel.kernel_name);
  if (records.size() == 1) it.line = to_json_line(records.front());
  c.ir = {};  // the line holds what is needed; free the module text early
}

// --verify run: the chunk's compiled kernels, run as one batch, before any of them is serialized.
void Producer::verify_chunk(std::vector<Item>& items) const {
  std::vector<verify::Kernel> kernels;
  std::vector<Item*> of;
  for (Item& it : items) {
    const Compiled& c = it.compiled;
    if (!c.ok) continue;
    const KernelInfo* info = nullptr;
    for (const KernelInfo& k : c.ir.kernels) info = k.name == it.kernel.kernel_name ? &k : info;
    const DeviceModule* cpu = nullptr;
    for (const DeviceModule& m : c.ir.devices) cpu = m.device == Device::Cpu ? &m : cpu;
    if (!info || !cpu) continue;  // serialize reports the missing kernel
    // The inputs' seed: a stream of its own, so the generator's stream for the index stays untouched.
    Rng rng(splitmix64(o_.seed ^ 0x766572696679ULL), it.index);
    kernels.push_back({info->mangled, cpu->source, it.kernel.launch, it.kernel.python, rng.next()});
    of.push_back(&it);
  }
  std::vector<verify::Result> results = verify::verify(kernels, verify_);
  for (size_t i = 0; i < results.size(); ++i) {
    Item& it = *of[i];
    if (results[i].reason.empty()) {
      it.verification = std::move(results[i].verification);
    } else {
      it.failure_kind = results[i].reason;
      it.failure = results[i].reason + " " + results[i].detail;
    }
  }
}

std::vector<Item> Producer::produce(uint64_t first, size_t chunk) const {
  std::vector<Item> items(chunk);
  std::vector<size_t> rest;  // kernels still without IR: native declines, or all of them for warp
  for (size_t k = 0; k < chunk; ++k) {
    Item& it = items[k];
    it.index = first + k;
    it.kernel = stream_.kernel(it.index);
    // One tokenization serves the structural hash and the native parser.
    std::vector<frontend::Token> tokens = frontend::tokenize(it.kernel.python);
    it.hash = struct_hash(tokens);
    if (native_) it.compiled = backend_.compile_native(it.kernel.python, it.kernel.path, &tokens);
    if (!o_.with_ir || it.compiled.ok) {
      if (!o_.verify) serialize(it);
    } else if (!native_ || it.compiled.declined) {
      rest.push_back(k);
    }
  }
  if (!rest.empty()) {
    std::vector<Job> jobs;
    std::vector<Compiled> compiled;
    for (size_t k : rest) {
      jobs.push_back({items[k].kernel.python, items[k].kernel.path});
      compiled.push_back(std::move(items[k].compiled));
    }
    if (native_) {
      backend_.fall_back(jobs, compiled);
    } else {
      compiled = backend_.compile(jobs);
    }
    for (size_t r = 0; r < rest.size(); ++r) {
      items[rest[r]].compiled = std::move(compiled[r]);
      if (!o_.verify) serialize(items[rest[r]]);
    }
  }
  if (o_.verify) {
    verify_chunk(items);
    for (Item& it : items) serialize(it);
  }
  return items;
}

}  // namespace ws::pipeline
