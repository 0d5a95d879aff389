// The constants kernels read through the warp module: its own float constants, `wp.<NAME>`, and the int
// constants of its Python classes, `wp.<Class>.<NAME>`. emit_Attribute resolves them statically and
// adds the value as a constant (resolve_arg adds a call argument's once more), and the kernel hash
// references it under its dotted path (get_references). Of the classes, only the volume sampling modes
// (warp/_src/types.py, class Volume: CLOSEST = constant(0), LINEAR = constant(1)) are modelled; any
// other attribute of a Warp class is declined.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
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

// warp/_src/constants.py, star-imported by warp/__init__.py: Python floats (so float32 constants in a
// kernel), each under both of its names. The values are the Python floats' own.
struct ModuleConstant {
  std::string_view name;
  double value;
};
inline constexpr std::array<ModuleConstant, 22> kModuleConstants = {{
    {"E", 2.718281828459045},
    {"e", 2.718281828459045},
    {"LOG2E", 1.4426950408889634},
    {"log2e", 1.4426950408889634},
    {"LOG10E", 0.4342944819032518},
    {"log10e", 0.4342944819032518},
    {"LN2", 0.6931471805599453},
    {"ln2", 0.6931471805599453},
    {"LN10", 2.302585092994046},
    {"ln10", 2.302585092994046},
    {"PHI", 1.618033988749895},
    {"phi", 1.618033988749895},
    {"PI", 3.141592653589793},
    {"pi", 3.141592653589793},
    {"HALF_PI", 1.5707963267948966},
    {"half_pi", 1.5707963267948966},
    {"INF", std::numeric_limits<double>::infinity()},
    {"inf", std::numeric_limits<double>::infinity()},
    {"NAN", std::numeric_limits<double>::quiet_NaN()},
    {"nan", std::numeric_limits<double>::quiet_NaN()},
    {"TAU", 6.283185307179586},
    {"tau", 6.283185307179586},
}};

// The row of `name` in kModuleConstants (the generator's reference to one); the table's size when it
// has none.
constexpr uint16_t module_constant_row(std::string_view name) {
  for (size_t i = 0; i < kModuleConstants.size(); ++i)
    if (kModuleConstants[i].name == name) return static_cast<uint16_t>(i);
  return static_cast<uint16_t>(kModuleConstants.size());
}

inline std::optional<double> module_constant(std::string_view name) {
  for (const ModuleConstant& c : kModuleConstants)
    if (c.name == name) return c.value;
  return std::nullopt;
}

inline std::optional<int64_t> class_constant(std::string_view cls, std::string_view name) {
  for (const ClassConstant& c : kClassConstants)
    if (c.cls == cls && c.name == name) return c.value;
  return std::nullopt;
}

}  // namespace ws::lang
