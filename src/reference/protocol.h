// The line protocol spoken with the Python reference workers (python/warp_worker.py documents the
// wire format). Kept apart from process handling so it can be unit-tested without Python.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/device.h"
#include "core/module_ir.h"

namespace ws::reference {

struct Request {
  std::string source;  // Python module text
  std::string path;    // virtual file name Warp compiles it under
  std::vector<Device> devices;
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
