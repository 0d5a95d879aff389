// The int constants of Warp's Python classes that kernels read as `wp.<Class>.<NAME>`: emit_Attribute
// resolves the class statically and adds the value as a constant, and the kernel hash references it
// under its dotted path (get_references). Only the volume sampling modes (warp/_src/types.py, class
// Volume: CLOSEST = constant(0), LINEAR = constant(1)) are modelled; any other attribute of a Warp
// class is declined.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ws::lang {

struct ClassConstant {
  std::string_view cls, name;
  int64_t value;
};
inline constexpr std::array<ClassConstant, 2> kClassConstants = {{
    {"Volume", "CLOSEST", 0},
    {"Volume", "LINEAR", 1},
}};

inline std::optional<int64_t> class_constant(std::string_view cls, std::string_view name) {
  for (const ClassConstant& c : kClassConstants)
    if (c.cls == cls && c.name == name) return c.value;
  return std::nullopt;
}

}  // namespace ws::lang
