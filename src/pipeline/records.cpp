#include "pipeline/records.h"

#include "dataset/struct_hash.h"

namespace ws::pipeline {

std::vector<Record> build_records(const Compiled& compiled, const RecordMeta& meta, const std::string& only_kernel) {
  std::vector<Record> out;
  const std::string id_base = short_sha256(meta.python);
  const std::string shash = meta.struct_hash.empty() ? struct_hash(meta.python) : meta.struct_hash;
  for (const KernelInfo& k : compiled.ir.kernels) {
    if (!only_kernel.empty() && k.name != only_kernel) continue;
    Record r;
    // One module can hold several kernels (extract): the id then also depends on the kernel.
    r.id = compiled.ir.kernels.size() == 1 ? id_base : short_sha256(meta.python + '\0' + k.name);
    r.index = meta.index;
    r.seed = meta.seed;
    r.preset = meta.preset;
    r.kernel_name = k.name;
    r.mangled_name = k.mangled;
    r.path = meta.path;
    if (meta.provenance) {
      r.provenance = meta.provenance;
      r.provenance->source_line = k.line;
    }
    r.python = meta.python;
    r.struct_hash = shash;
    r.features = meta.features;
    r.launch = meta.launch;
    r.verification = meta.verification;
    r.backend = compiled.backend;
    r.warp_version = meta.warp_version;
    for (const DeviceModule& m : compiled.ir.devices) {
      DeviceIr ir = split_kernel(m, k, meta.full_module);
      (m.device == Device::Cpu ? r.cpu : r.cuda) = std::move(ir);
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace ws::pipeline
