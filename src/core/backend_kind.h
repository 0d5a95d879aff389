// Which backend produced a module: real Warp (the reference workers), the native C++ codegen, or none
// (records that hold the Python only, `generate --ir none`). Records and manifests spell it as
// backend_name() does.
#pragma once

#include <string_view>

namespace ws {

enum class BackendKind { Warp, Native, None };

constexpr std::string_view backend_name(BackendKind kind) {
  switch (kind) {
    case BackendKind::Warp:
      return "warp";
    case BackendKind::Native:
      return "native";
    case BackendKind::None:
      break;
  }
  return "none";
}

}  // namespace ws
