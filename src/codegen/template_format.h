// Python str.format for Warp's templates: named fields only ({name}), with {{ and }} escapes.
#pragma once

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace ws::codegen {

using Fields = std::initializer_list<std::pair<std::string_view, std::string_view>>;

inline void format_into(std::string& out, std::string_view tmpl, Fields fields) {
  size_t i = 0;
  while (i < tmpl.size()) {
    size_t brace = tmpl.find_first_of("{}", i);
    if (brace == std::string_view::npos) {
      out.append(tmpl.substr(i));
      return;
    }
    out.append(tmpl.substr(i, brace - i));
    char c = tmpl[brace];
    if (brace + 1 < tmpl.size() && tmpl[brace + 1] == c) {  // {{ or }}
      out += c;
      i = brace + 2;
      continue;
    }
    if (c == '}') throw std::logic_error("single '}' in template");
    size_t end = tmpl.find('}', brace);
    std::string_view name = tmpl.substr(brace + 1, end - brace - 1);
    bool found = false;
    for (const auto& [k, v] : fields) {
      if (k == name) {
        out.append(v);
        found = true;
        break;
      }
    }
    if (!found) throw std::logic_error("template field without a value: " + std::string(name));
    i = end + 1;
  }
}

inline std::string format(std::string_view tmpl, Fields fields) {
  std::string out;
  out.reserve(tmpl.size() + 256);
  format_into(out, tmpl, fields);
  return out;
}

}  // namespace ws::codegen
