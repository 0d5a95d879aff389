#include "dataset/record.h"

#include <openssl/sha.h>

#include <cstdio>
#include <stdexcept>

namespace ws {
namespace {

// Line-oriented view of a module: [begin, end) byte offsets of each line, '\n' included.
struct Lines {
  explicit Lines(std::string_view t) : text(t) {
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
      spans.emplace_back(pos, end);
      pos = end;
    }
  }
  std::string_view line(size_t i) const { return text.substr(spans[i].first, spans[i].second - spans[i].first); }
  std::string_view text;
  std::vector<std::pair<size_t, size_t>> spans;
};

bool is_close(std::string_view line) {
  return line == "}\n" || line == "}";
}

// Text from line `first` through the next line that is a lone "}" (the function's closing brace).
std::string take_function(const Lines& lines, size_t first) {
  for (size_t i = first; i < lines.spans.size(); ++i)
    if (is_close(lines.line(i)))
      return std::string(lines.text.substr(lines.spans[first].first, lines.spans[i].second - lines.spans[first].first));
  throw std::runtime_error("unterminated function in generated module");
}

// Finds the kernel entry `<mangled>_<device>_kernel_<which>(` and returns its whole definition.
std::string kernel_function(const Lines& lines, const std::string& device, const std::string& mangled,
                            const char* which) {
  const std::string needle = mangled + "_" + device + "_kernel_" + which + "(";
  for (size_t i = 0; i < lines.spans.size(); ++i) {
    if (lines.line(i).find(needle) == std::string_view::npos) continue;
    size_t first = i;
    // CPU kernels are templates: the `template <...>` line belongs to the definition.
    if (i > 0 && lines.line(i - 1).starts_with("template <")) first = i - 1;
    return take_function(lines, first);
  }
  return {};
}

bool is_ident(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// True if `text` calls `name(` as a whole identifier.
bool calls(std::string_view text, std::string_view name) {
  for (size_t pos = text.find(name); pos != std::string_view::npos; pos = text.find(name, pos + 1)) {
    const size_t end = pos + name.size();
    if ((pos == 0 || !is_ident(text[pos - 1])) && end < text.size() && text[end] == '(') return true;
  }
  return false;
}

struct UserFunction {
  std::string name;  // C++ name, e.g. "sq_0" or "adj_sq_0"
  std::string text;
};

// User @wp.func definitions start with a `// file:line` comment followed by a `static ...(` line.
std::vector<UserFunction> user_functions(const Lines& lines) {
  std::vector<UserFunction> out;
  for (size_t i = 0; i + 1 < lines.spans.size(); ++i) {
    std::string_view c = lines.line(i), sig = lines.line(i + 1);
    if (!c.starts_with("// ") || !sig.starts_with("static ")) continue;
    size_t paren = sig.find('(');
    if (paren == std::string_view::npos) continue;
    size_t b = paren;
    while (b > 0 && is_ident(sig[b - 1])) --b;
    out.push_back({std::string(sig.substr(b, paren - b)), take_function(lines, i)});
  }
  return out;
}

}  // namespace

DeviceIr split_kernel(const DeviceModule& module, const KernelInfo& kernel, bool keep_module) {
  const Lines lines(module.source);
  DeviceIr ir;
  ir.forward = kernel_function(lines, module.device, kernel.mangled, "forward");
  ir.backward = kernel_function(lines, module.device, kernel.mangled, "backward");
  if (ir.forward.empty())
    throw std::runtime_error("kernel " + kernel.mangled + " not found in the " + module.device + " module");
  // Keep only the functions the kernel reaches, directly or through other functions, in module order.
  std::vector<UserFunction> funcs = user_functions(lines);
  std::vector<bool> used(funcs.size(), false);
  std::string reach = ir.forward + ir.backward;
  for (bool grew = true; grew;) {
    grew = false;
    for (size_t i = 0; i < funcs.size(); ++i) {
      if (used[i] || !calls(reach, funcs[i].name)) continue;
      used[i] = grew = true;
      reach += funcs[i].text;
    }
  }
  for (size_t i = 0; i < funcs.size(); ++i)
    if (used[i]) ir.functions.push_back(std::move(funcs[i].text));
  if (keep_module) ir.module = module.source;
  return ir;
}

void append_json_string(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out.push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default: {
        const char esc[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
        out += esc;
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

namespace {

void append_key(std::string& out, const char* key) {
  if (out.back() != '{') out.push_back(',');
  out.push_back('"');
  out += key;
  out += "\":";
}

void append_string_field(std::string& out, const char* key, std::string_view value) {
  append_key(out, key);
  append_json_string(out, value);
}

void append_string_list(std::string& out, const char* key, const std::vector<std::string>& values) {
  append_key(out, key);
  out.push_back('[');
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out.push_back(',');
    append_json_string(out, values[i]);
  }
  out.push_back(']');
}

void append_device(std::string& out, const char* key, const std::optional<DeviceIr>& d) {
  append_key(out, key);
  if (!d) {
    out += "null";
    return;
  }
  out.push_back('{');
  append_string_field(out, "forward", d->forward);
  append_string_field(out, "backward", d->backward);
  append_string_list(out, "functions", d->functions);
  if (!d->module.empty()) append_string_field(out, "module", d->module);
  out.push_back('}');
}

}  // namespace

std::string to_json_line(const Record& r) {
  std::string out;
  out.reserve(r.python.size() + (r.cpu ? r.cpu->forward.size() * 3 : 0) + (r.cuda ? r.cuda->forward.size() * 3 : 0) +
              512);
  out.push_back('{');
  append_string_field(out, "id", r.id);
  append_key(out, "index");
  out += std::to_string(r.index);
  append_key(out, "seed");
  out += std::to_string(r.seed);
  append_string_field(out, "preset", r.preset);
  append_string_field(out, "kernel_name", r.kernel_name);
  append_string_field(out, "mangled_name", r.mangled_name);
  append_string_field(out, "path", r.path);
  append_string_field(out, "python", r.python);
  append_string_field(out, "struct_hash", r.struct_hash);
  append_string_list(out, "features", r.features);
  append_string_field(out, "backend", r.backend);
  append_string_field(out, "warp_version", r.warp_version);
  append_device(out, "cpu", r.cpu);
  append_device(out, "cuda", r.cuda);
  out += "}\n";
  return out;
}

std::string short_sha256(std::string_view data) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
  char hex[17];
  for (int i = 0; i < 8; ++i) std::snprintf(hex + 2 * i, 3, "%02x", digest[i]);
  return std::string(hex, 16);
}

}  // namespace ws
