// The line protocol spoken with the Python reference workers (python/warp_worker.py documents the
// wire format). Kept apart from process handling so it can be unit-tested without Python.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/device.h"
#include "core/module_ir.h"

namespace ws::reference {

// Where a user's file is imported from (pipeline/project.h). Generated kernels have none: they are
// compiled standalone.
struct Package {
  // Absolute. Modules loaded from files under it are the project's: they are compiled under virtual
  // file names that start with `shown_root`, and dropped after the request, as a fresh process would
  // not have them.
  std::string root;
  std::string shown_root;             // `root` as the file's own path spells it ("" for the working directory)
  std::string module;                 // dotted name the file is imported under; empty: run as a script
  std::vector<std::string> sys_path;  // absolute directories put first on sys.path for the request
};

struct Request {
  std::string source;  // Python module text
  std::string path;    // virtual file name Warp compiles it under
  std::vector<Device> devices;
  std::optional<Package> package = {};  // user files only
};

struct Response {
  bool ok = false;
  ModuleIr ir;              // when ok
  Diagnostic diagnostic;    // when !ok
  double warp_seconds = 0;  // time the worker spent in Warp itself (exec + hash + codegen), for bench
};

// One JSON line (with trailing '\n') for request `id`.
std::string encode_request(uint64_t id, const Request& req);
// Parses one response line; throws std::runtime_error on a malformed line or an id mismatch.
Response decode_response(std::string_view line, uint64_t expected_id);
// Parses the worker's first line; returns the Warp version it runs. Throws on anything else.
std::string decode_hello(std::string_view line);

}  // namespace ws::reference
