#include "python/compiler.h"

#include <stdexcept>

#include "pipeline/extract_records.h"

namespace ws::python {

Compiler::Compiler(BackendKind backend, std::vector<Device> devices, int jobs, reference::PoolOptions pool, bool warp)
    : backend_(backend, jobs, std::move(devices), std::move(pool)), warp_(warp) {
  if (backend == BackendKind::Warp && !warp)
    throw std::runtime_error("the warp backend needs real Warp: install warp-lang==" WS_WARP_VERSION
                             " in this interpreter, or set WARPSYNTH_PYTHON to one that has it");
}

std::vector<FileResult> Compiler::compile(const std::vector<pipeline::Job>& files, bool full_module,
                                          const std::string& kernel) {
  std::vector<pipeline::Compiled> compiled;
  if (warp_) {
    compiled = backend_.compile(files);  // native declines go to Warp, as in `warpsynth extract`
  } else {
    for (const pipeline::Job& f : files)
      compiled.push_back(backend_.compile_native(f.source, f.path, nullptr, f.project ? &*f.project : nullptr));
  }
  const std::string warp_version = backend_.warp_version();
  std::vector<FileResult> out(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    const pipeline::Compiled& c = compiled[i];
    FileResult& r = out[i];
    if (c.declined && !c.ok && c.backend == BackendKind::Native) {
      r.error = c.declined;  // no Warp to hand it to
      continue;
    }
    r.declined = c.declined;
    if (!c.ok) {
      r.error = c.diagnostic;
      continue;
    }
    std::vector<Record> records = pipeline::extract_records(c, files[i], warp_version, full_module, kernel);
    if (records.empty()) {
      r.no_such_kernel = true;
      for (const KernelInfo& k : c.ir.kernels) r.kernels.push_back(k.name);
    }
    for (const Record& rec : records) r.lines.push_back(to_json_line(rec));
  }
  return out;
}

}  // namespace ws::python
