// warpsynth._core: the C++ half of `import warpsynth` (python/warpsynth/__init__.py is the other). It
// binds the pipeline's own entry points, linked from the same warpsynth_lib as the CLI, so the package
// gives exactly the CLI's records: generate through pipeline::GenerateStream (the CLI's run, without
// the shards), codegen and extract through python::Compiler, stats through dataset::compute_stats.
// Every call that works releases the GIL; nothing below touches a Python object while it is released.
#include <nanobind/nanobind.h>
#include <nanobind/stl/optional.h>
#include <nanobind/stl/pair.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/vector.h>

#include <fstream>
#include <stdexcept>

#include "dataset/stats.h"
#include "gen/generator.h"
#include "pipeline/file_walk.h"
#include "pipeline/generate_stream.h"
#include "pipeline/project.h"
#include "pipeline/summary.h"
#include "python/compiler.h"

namespace nb = nanobind;
using namespace nb::literals;

namespace ws::python {
namespace {

reference::PoolOptions pool_options(const std::string& interpreter, const std::string& script) {
  reference::PoolOptions pool;
  pool.python = interpreter;
  pool.script = script;
  return pool;
}

// (file, line, col, kind, message, "FILE:LINE:COL: error: message"), kind "error" or "unsupported" (a
// native decline); or None.
nb::object diagnostic(const std::optional<Diagnostic>& d) {
  if (!d) return nb::none();
  const char* kind = d->kind == DiagnosticKind::Unsupported ? "unsupported" : "error";
  return nb::make_tuple(d->file, d->line, d->col, kind, d->message, d->str());
}

nb::list batch_to_python(const std::vector<pipeline::GenerateStream::Record>& batch) {
  nb::list out;
  for (const auto& r : batch)
    out.append(nb::make_tuple(nb::str(r.line.data(), r.line.size()), dataset::split_name(r.split)));
  return out;
}

}  // namespace
}  // namespace ws::python

NB_MODULE(_core, m) {
  using namespace ws;
  using ws::python::Compiler;
  using ws::python::FileResult;
  m.doc() = "warpsynth's C++ pipeline; use the `warpsynth` package, which wraps it.";
  m.attr("WARP_VERSION") = WS_WARP_VERSION;
  m.def("preset_names", [] { return gen::preset_names(); });

  nb::class_<pipeline::GenerateStream>(m, "GenerateStream")
      .def(
          "__init__",
          [](pipeline::GenerateStream* self, uint64_t count, uint64_t seed, std::vector<std::string> presets,
             std::vector<std::string> devices, const std::string& backend, bool ir, bool full_module, bool dedup,
             std::string split, int jobs, bool verify, std::string warp_include, const std::string& interpreter,
             const std::string& script) {
            pipeline::GenerateOptions o;
            o.count = count;
            o.seed = seed;
            o.presets = std::move(presets);
            o.devices = parse_devices(devices);
            o.backend = pipeline::parse_backend(backend);
            o.with_ir = ir;
            o.full_module = full_module;
            o.dedup = dedup;
            o.split_ratios = std::move(split);
            o.jobs = jobs;
            o.verify = verify;
            o.warp_include = std::move(warp_include);
            o.quiet = true;
            o.pool = python::pool_options(interpreter, script);
            nb::gil_scoped_release unlocked;  // Warp workers may start here (seconds)
            new (self) pipeline::GenerateStream(std::move(o));
          },
          "count"_a, "seed"_a, "presets"_a, "devices"_a, "backend"_a, "ir"_a, "full_module"_a, "dedup"_a, "split"_a,
          "jobs"_a, "verify"_a, "warp_include"_a, "python"_a, "script"_a)
      .def("next_batch",
           [](pipeline::GenerateStream& s) {
             std::vector<pipeline::GenerateStream::Record> batch;
             {
               nb::gil_scoped_release unlocked;
               batch = s.next();
             }
             return python::batch_to_python(batch);
           })
      .def("close", &pipeline::GenerateStream::close, nb::call_guard<nb::gil_scoped_release>())
      .def("summary_json", [](const pipeline::GenerateStream& s) {
        const pipeline::GenerateSummary summary = s.summary();
        return pipeline::counters_json(summary).dump();
      });

  nb::class_<Compiler>(m, "Compiler")
      .def(
          "__init__",
          [](Compiler* self, const std::string& backend, std::vector<std::string> devices, int jobs,
             const std::string& interpreter, const std::string& script, bool warp) {
            new (self) Compiler(pipeline::parse_backend(backend), parse_devices(devices), jobs,
                                python::pool_options(interpreter, script), warp);
          },
          "backend"_a, "devices"_a, "jobs"_a, "python"_a, "script"_a, "warp"_a)
      .def(
          "compile",
          [](Compiler& c, std::vector<std::tuple<std::string, std::string, std::string>> files, bool full_module,
             const std::string& kernel, const std::string& root) {
            // (source, the path it is compiled under, the file it was read from or ""): a file is compiled
            // inside its project (pipeline/project.h) and its records carry their provenance, as extract's.
            std::vector<pipeline::Job> jobs;
            for (auto& [source, path, file] : files) {
              jobs.push_back({std::move(source), std::move(path)});
              if (!file.empty())
                jobs.back().project = pipeline::locate_project(
                    file, root.empty() ? std::nullopt : std::optional<std::filesystem::path>(root));
            }
            std::vector<FileResult> results;
            {
              nb::gil_scoped_release unlocked;
              results = c.compile(jobs, full_module, kernel);
            }
            nb::list out;
            for (const FileResult& r : results)
              out.append(nb::make_tuple(r.lines, python::diagnostic(r.error), python::diagnostic(r.declined),
                                        r.no_such_kernel, r.kernels));
            return out;
          },
          "files"_a, "full_module"_a, "kernel"_a, "root"_a);
  m.def("python_files", &pipeline::find_python_files, "args"_a);

  m.def(
      "stats",
      [](const std::string& dir, const std::string& html) {
        nb::gil_scoped_release unlocked;
        const dataset::DatasetStats s = dataset::compute_stats(dir);
        if (s.records == 0) throw std::invalid_argument(dir + ": error: no records found under " + dir + "/data");
        if (!html.empty()) {
          std::ofstream out(html, std::ios::binary);
          out << dataset::render_html(s, "warpsynth dataset: " + dir);
          if (!out) throw std::runtime_error(html + ": error: cannot write report");
        }
        return dataset::render_text(s);
      },
      "dir"_a, "html"_a);
}
