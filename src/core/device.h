// The devices Warp generates a module for (ModuleBuilder.codegen's `device`: "cpu" or "cuda"). Parsed
// once where text comes in (the CLI's --devices, a worker's reply) and spelled by device_name() where
// text goes out: records, manifests, the worker protocol and Warp's own `<kernel>_<device>_kernel_...`
// names.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ws {

enum class Device : uint8_t { Cpu, Cuda };

inline constexpr Device kDevices[] = {Device::Cpu, Device::Cuda};

constexpr std::string_view device_name(Device d) {
  return d == Device::Cpu ? "cpu" : "cuda";
}

// The device spelled `name`, or nullopt for any other text.
constexpr std::optional<Device> parse_device(std::string_view name) {
  for (Device d : kDevices) {
    if (device_name(d) == name) return d;
  }
  return std::nullopt;
}

// The names of `devices`, in order (manifests and options spell devices this way).
inline std::vector<std::string> device_names(const std::vector<Device>& devices) {
  std::vector<std::string> out;
  for (Device d : devices) out.emplace_back(device_name(d));
  return out;
}

// A list of device names (the CLI's --devices, the Python package's `devices=`): each known, none
// twice, at least one. Throws std::invalid_argument saying which name is wrong.
inline std::vector<Device> parse_devices(const std::vector<std::string>& names) {
  std::vector<Device> out;
  for (const std::string& name : names) {
    const std::optional<Device> d = parse_device(name);
    if (!d) throw std::invalid_argument("unknown device '" + name + "' (expected cpu, cuda)");
    for (const Device seen : out)
      if (seen == *d) throw std::invalid_argument("device '" + name + "' given twice");
    out.push_back(*d);
  }
  if (out.empty()) throw std::invalid_argument("no device given");
  return out;
}

}  // namespace ws
