// See global_names.cpp: names whose attribute reads Warp's reference scan may hash as constants.
#pragma once

#include <string_view>

namespace ws::codegen {

bool resolves_to_warp_value(std::string_view name);

}  // namespace ws::codegen
