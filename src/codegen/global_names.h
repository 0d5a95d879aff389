// See global_names.cpp: names resolvable through the `warp` module or Python builtins.
#pragma once

#include <string_view>

namespace ws::codegen {

bool is_warp_or_python_global(std::string_view name);

}  // namespace ws::codegen
