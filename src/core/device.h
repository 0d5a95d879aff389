// The devices Warp generates a module for (ModuleBuilder.codegen's `device`: "cpu" or "cuda"). Parsed
// once where text comes in (the CLI's --devices, a worker's reply) and spelled by device_name() where
// text goes out: records, manifests, the worker protocol and Warp's own `<kernel>_<device>_kernel_...`
// names.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

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

}  // namespace ws
