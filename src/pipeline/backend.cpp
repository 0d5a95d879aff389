#include "pipeline/backend.h"

#include <stdexcept>

#include "codegen/native.h"
#include "core/parallel.h"

namespace ws::pipeline {

BackendKind parse_backend(const std::string& name) {
  if (name == "warp") return BackendKind::Warp;
  if (name == "native") return BackendKind::Native;
  throw std::invalid_argument("unknown backend '" + name + "' (expected warp or native)");
}

Backend::Backend(BackendKind kind, int jobs, std::vector<Device> devices, reference::PoolOptions pool)
    : kind_(kind), jobs_(jobs < 1 ? 1 : jobs), devices_(std::move(devices)), pool_options_(std::move(pool)) {
  pool_options_.jobs = jobs_;
}

Backend::~Backend() = default;

// Callers hold pool_mu_.
reference::WorkerPool& Backend::pool() {
  if (!pool_) pool_ = std::make_unique<reference::WorkerPool>(pool_options_);
  return *pool_;
}

std::string Backend::warp_version() {
  if (kind_ != BackendKind::Warp) return WS_WARP_VERSION;
  std::lock_guard lock(pool_mu_);
  return pool().warp_version();
}

std::vector<Compiled> Backend::compile_reference(const std::vector<Job>& jobs) {
  std::vector<reference::Request> requests;
  requests.reserve(jobs.size());
  for (const Job& j : jobs)
    requests.push_back({j.source, j.path, devices_, j.project ? std::optional(j.project->package) : std::nullopt});
  std::vector<reference::Response> responses;
  {
    std::lock_guard lock(pool_mu_);
    responses = pool().run_batch(requests);
  }
  std::vector<Compiled> out(jobs.size());
  for (size_t i = 0; i < jobs.size(); ++i) {
    out[i].ok = responses[i].ok;
    out[i].ir = std::move(responses[i].ir);
    out[i].diagnostic = std::move(responses[i].diagnostic);
    out[i].backend = BackendKind::Warp;
    out[i].warp_seconds = responses[i].warp_seconds;
  }
  return out;
}

Compiled Backend::compile_native(std::string_view source, std::string_view path, std::vector<frontend::Token>* tokens,
                                 const Project* project) const {
  Compiled out;
  out.backend = BackendKind::Native;
  if (project) {
    if (std::optional<Diagnostic> d = unseen_import(source, path, *project)) {
      out.declined = std::move(d);
      return out;
    }
  }
  const std::optional<codegen::ImportSearch> imports = project ? std::optional(import_search(*project)) : std::nullopt;
  codegen::NativeResult r = codegen::compile(source, path, devices_, tokens, imports ? &*imports : nullptr);
  if (r.ok) {
    out.ok = true;
    out.ir = std::move(r.ir);
  } else if (r.diagnostic.kind == DiagnosticKind::Unsupported) {
    out.declined = std::move(r.diagnostic);
  } else {
    out.diagnostic = std::move(r.diagnostic);
  }
  return out;
}

void Backend::fall_back(const std::vector<Job>& jobs, std::vector<Compiled>& results) {
  // Declined kernels go to real Warp, so the output stays exact.
  std::vector<size_t> fallback;
  std::vector<Job> fallback_jobs;
  for (size_t i = 0; i < jobs.size(); ++i)
    if (results[i].declined) {
      fallback.push_back(i);
      fallback_jobs.push_back(jobs[i]);
    }
  if (fallback.empty()) return;
  std::vector<Compiled> ref = compile_reference(fallback_jobs);
  for (size_t k = 0; k < fallback.size(); ++k) {
    ref[k].declined = std::move(results[fallback[k]].declined);
    results[fallback[k]] = std::move(ref[k]);
  }
}

std::vector<Compiled> Backend::compile(const std::vector<Job>& jobs) {
  if (kind_ == BackendKind::Warp) return compile_reference(jobs);
  std::vector<Compiled> out(jobs.size());
  parallel_for(jobs.size(), jobs_, [&](size_t i) {
    const Job& j = jobs[i];
    out[i] = compile_native(j.source, j.path, nullptr, j.project ? &*j.project : nullptr);
  });
  fall_back(jobs, out);
  return out;
}

}  // namespace ws::pipeline
