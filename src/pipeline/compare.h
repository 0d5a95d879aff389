// Byte-exact comparison of two backends' output, with a readable account of the first difference.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/module_ir.h"

namespace ws::pipeline {

// nullopt when equal; otherwise a short report: the first differing line of each side with its number
// and a line of context before it.
std::optional<std::string> describe_difference(std::string_view expected, std::string_view actual);

// Compares kernel lists and every device module. nullopt when identical.
std::optional<std::string> compare_modules(const ModuleIr& expected, const ModuleIr& actual);

}  // namespace ws::pipeline
