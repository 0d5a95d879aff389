#include "reference/protocol.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>

namespace ws::reference {

using nlohmann::json;

std::string encode_request(uint64_t id, const Request& req) {
  json devices = json::array();
  for (Device d : req.devices) devices.push_back(device_name(d));
  json j = {{"id", id}, {"path", req.path}, {"source", req.source}, {"devices", std::move(devices)}};
  if (req.package)
    j["package"] = {{"root", req.package->root},
                    {"shown_root", req.package->shown_root},
                    {"module", req.package->module},
                    {"sys_path", req.package->sys_path}};
  return j.dump() + "\n";
}

Response decode_response(std::string_view line, uint64_t expected_id) {
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error("worker sent a malformed response line");
  if (!j.contains("id") || j["id"] != expected_id)
    throw std::runtime_error("worker answered request " + j.value("id", json()).dump() + ", expected " +
                             std::to_string(expected_id));
  Response r;
  r.ok = j.value("ok", false);
  r.warp_seconds = j.value("seconds", 0.0);
  if (!r.ok) {
    const json& e = j.at("error");
    r.diagnostic.file = e.value("file", "");
    r.diagnostic.line = e.value("line", 0);
    r.diagnostic.col = e.value("col", 0);
    r.diagnostic.message = e.value("message", "unknown worker error");
    if (e.value("environment", false)) r.diagnostic.kind = DiagnosticKind::Environment;
    return r;
  }
  for (const json& k : j.at("kernels"))
    r.ir.kernels.push_back({k.at("name").get<std::string>(), k.at("mangled").get<std::string>(), k.value("line", 0)});
  for (const json& m : j.at("modules")) {
    const std::string name = m.at("device").get<std::string>();
    const std::optional<Device> device = parse_device(name);
    if (!device) throw std::runtime_error("worker sent a module for unknown device '" + name + "'");
    r.ir.devices.push_back({*device, m.at("source").get<std::string>()});
  }
  return r;
}

std::string decode_hello(std::string_view line) {
  json j = json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object() || j.value("hello", "") != "warpsynth-worker")
    throw std::runtime_error("reference worker did not start (no hello line); is warp-lang installed in .venv?");
  return j.value("warp_version", "");
}

}  // namespace ws::reference
