// A hash map keyed by std::string that is searched by std::string_view without building a string: the
// codegen looks names up (globals, type names) hundreds of times per module, from views into the source.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ws {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

}  // namespace ws
