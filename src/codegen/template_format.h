// Python str.format for Warp's templates: named fields only ({name}), with {{ and }} escapes.
#pragma once

#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ws::codegen {

using Fields = std::initializer_list<std::pair<std::string_view, std::string_view>>;
// A field whose text is appended by a callback when the template reaches it (large bodies are
// written in place instead of being built, then copied).
using Writer = std::function<void(std::string&)>;
using StreamedFields = std::initializer_list<std::pair<std::string_view, const Writer*>>;

// A template split once into literal runs and field names (views into the template text).
struct ParsedTemplate {
  struct Part {
    std::string_view literal;
    std::string_view field;  // empty: literal only
  };
  std::vector<Part> parts;

  explicit ParsedTemplate(std::string_view tmpl) {
    size_t i = 0;
    while (i < tmpl.size()) {
      const size_t brace = tmpl.find_first_of("{}", i);
      if (brace == std::string_view::npos) {
        parts.push_back({tmpl.substr(i), {}});
        return;
      }
      const char c = tmpl[brace];
      if (brace + 1 < tmpl.size() && tmpl[brace + 1] == c) {  // {{ or }}: keep one brace
        parts.push_back({tmpl.substr(i, brace + 1 - i), {}});
        i = brace + 2;
        continue;
      }
      if (c == '}') throw std::logic_error("single '}' in template");
      const size_t end = tmpl.find('}', brace);
      if (end == std::string_view::npos || end == brace + 1) throw std::logic_error("bad field in template");
      parts.push_back({tmpl.substr(i, brace - i), tmpl.substr(brace + 1, end - brace - 1)});
      i = end + 1;
    }
  }
};

// Parses each template once per thread. Templates are Warp's, with static storage (templates.h), so
// their address identifies them.
inline const ParsedTemplate& parsed(std::string_view tmpl) {
  thread_local std::vector<std::pair<std::string_view, ParsedTemplate>> cache;
  for (const auto& [k, v] : cache) {
    if (k.data() == tmpl.data() && k.size() == tmpl.size()) return v;
  }
  return cache.emplace_back(tmpl, ParsedTemplate(tmpl)).second;
}

inline void format_into(std::string& out, std::string_view tmpl, Fields fields, StreamedFields streamed = {}) {
  auto fill = [&](std::string_view field) {
    for (const auto& [k, v] : fields) {
      if (k == field) {
        out.append(v);
        return true;
      }
    }
    for (const auto& [k, write] : streamed) {
      if (k == field) {
        (*write)(out);
        return true;
      }
    }
    return false;
  };
  for (const ParsedTemplate::Part& p : parsed(tmpl).parts) {
    out.append(p.literal);
    if (!p.field.empty() && !fill(p.field))
      throw std::logic_error("template field without a value: " + std::string(p.field));
  }
}

// codegen.indent(args): argument declarations joined with ",\n    ", as Warp lists them in signatures.
inline std::string indent(const std::vector<std::string>& args) {
  std::string s;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) s += ",\n    ";
    s += args[i];
  }
  return s;
}

inline std::string format(std::string_view tmpl, Fields fields) {
  std::string out;
  out.reserve(tmpl.size() + 256);
  format_into(out, tmpl, fields);
  return out;
}

}  // namespace ws::codegen
