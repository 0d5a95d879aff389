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
  for (size_t i = 0; i < tmpl.size(); ++i) {
    char c = tmpl[i];
    if ((c == '{' || c == '}') && i + 1 < tmpl.size() && tmpl[i + 1] == c) {
      out += c;
      ++i;
    } else if (c == '{') {
      size_t end = tmpl.find('}', i);
      std::string_view name = tmpl.substr(i + 1, end - i - 1);
      bool found = false;
      for (const auto& [k, v] : fields) {
        if (k == name) {
          out += v;
          found = true;
          break;
        }
      }
      if (!found) throw std::logic_error("template field without a value: " + std::string(name));
      i = end;
    } else {
      out += c;
    }
  }
}

inline std::string format(std::string_view tmpl, Fields fields) {
  std::string out;
  out.reserve(tmpl.size() + 256);
  format_into(out, tmpl, fields);
  return out;
}

}  // namespace ws::codegen
