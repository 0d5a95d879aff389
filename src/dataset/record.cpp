#include "dataset/record.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <stdexcept>

#include "core/sha256.h"
#include "core/text_search.h"

namespace ws {
namespace {

// The end (one past the newline) of the first line at or after `from` that is a lone "}": the
// closing brace of a function whose text starts at `from`.
size_t function_end(std::string_view text, size_t from) {
  const size_t at = find_text(text, "\n}\n", from);
  if (at != std::string_view::npos) return at + 3;
  if (text.size() >= from + 2 && text.ends_with("\n}")) return text.size();
  throw std::runtime_error("unterminated function in generated module");
}

size_t line_start(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  const size_t nl = text.rfind('\n', pos - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

// Finds the kernel entry `<mangled>_<device>_kernel_<which>(` at or after `from` and returns the
// span of its whole definition (empty if absent).
std::string_view kernel_function(std::string_view text, Device device, const std::string& mangled, const char* which,
                                 size_t from = 0) {
  const std::string needle = mangled + "_" + std::string(device_name(device)) + "_kernel_" + which + "(";
  const size_t at = find_text(text, needle, from);
  if (at == std::string_view::npos) return {};
  size_t first = line_start(text, at);
  // CPU kernels are templates: the `template <...>` line belongs to the definition.
  if (first > 0) {
    const size_t prev = line_start(text, first - 1);
    if (text.substr(prev).starts_with("template <")) first = prev;
  }
  return text.substr(first, function_end(text, first) - first);
}

bool is_ident(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// True if `text` calls `name(` as a whole identifier.
bool calls(std::string_view text, std::string_view name) {
  for (size_t pos = find_text(text, name); pos != std::string_view::npos; pos = find_text(text, name, pos + 1)) {
    const size_t end = pos + name.size();
    if ((pos == 0 || !is_ident(text[pos - 1])) && end < text.size() && text[end] == '(') return true;
  }
  return false;
}

struct UserFunction {
  std::string_view name;  // C++ name, e.g. "sq_0" or "adj_sq_0"
  std::string_view text;  // views into the module; only the reachable ones are copied out
};

// User @wp.func definitions start with a `// file:line` comment line followed by a `static ...(` line.
std::vector<UserFunction> user_functions(std::string_view text) {
  std::vector<UserFunction> out;
  for (size_t nl = find_text(text, "\nstatic "); nl != std::string_view::npos;
       nl = find_text(text, "\nstatic ", nl + 1)) {
    const size_t comment = line_start(text, nl);
    if (!text.substr(comment).starts_with("// ")) continue;
    const size_t sig_end = std::min(text.find('\n', nl + 1), text.size());
    const std::string_view sig = text.substr(nl + 1, sig_end - nl - 1);
    size_t paren = sig.find('(');
    if (paren == std::string_view::npos) continue;
    size_t b = paren;
    while (b > 0 && is_ident(sig[b - 1])) --b;
    out.push_back({sig.substr(b, paren - b), text.substr(comment, function_end(text, comment) - comment)});
  }
  return out;
}

}  // namespace

DeviceIr split_kernel(const DeviceModule& module, const KernelInfo& kernel, bool keep_module) {
  const std::string_view text = module.source;
  DeviceIr ir;
  const std::string_view forward = kernel_function(text, module.device, kernel.mangled, "forward");
  if (forward.empty())
    throw std::runtime_error("kernel " + kernel.mangled + " not found in the " +
                             std::string(device_name(module.device)) + " module");
  // Warp emits the backward entry after the forward one: the search starts where the forward ends, so
  // its body is not read twice (nor can a Python line echoed in a forward comment be taken for it).
  const std::string_view backward = kernel_function(text, module.device, kernel.mangled, "backward",
                                                    static_cast<size_t>(forward.data() + forward.size() - text.data()));
  ir.forward = forward;
  ir.backward = backward;
  // Keep only the functions the kernel reaches, directly or through other functions, in module order.
  // Warp emits every function before the kernels, so only the text before this kernel holds them.
  const size_t kernel_start = static_cast<size_t>(forward.data() - text.data());
  std::vector<UserFunction> funcs = user_functions(text.substr(0, kernel_start));
  std::vector<bool> used(funcs.size(), false);
  // Each reached text is searched once for each function not reached yet.
  std::vector<std::string_view> pending = {forward, backward};
  while (!pending.empty()) {
    const std::string_view t = pending.back();
    pending.pop_back();
    for (size_t i = 0; i < funcs.size(); ++i) {
      if (used[i] || !calls(t, funcs[i].name)) continue;
      used[i] = true;
      pending.push_back(funcs[i].text);
    }
  }
  for (size_t i = 0; i < funcs.size(); ++i)
    if (used[i]) ir.functions.emplace_back(funcs[i].text);
  if (keep_module) ir.module = module.source;
  return ir;
}

namespace {

#if defined(__SSE2__)
// Bytes JSON must escape: control characters (< 0x20), '"' and '\\'. Bytes >= 0x80 (UTF-8) pass.
// The mask of those among the 16 bytes at `p`.
inline unsigned escape_mask(const char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i max_ctrl = _mm_set1_epi8(0x1f);
  const __m128i ctrl = _mm_cmpeq_epi8(_mm_max_epu8(x, max_ctrl), max_ctrl);  // x <= 0x1f, unsigned
  const __m128i hit =
      _mm_or_si128(ctrl, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
  return static_cast<unsigned>(_mm_movemask_epi8(hit));
}
#endif

inline bool needs_escape(unsigned char c) {
  return c < 0x20 || c == '"' || c == '\\';
}

// The letter of the two-byte escape `\x` for each byte that has one (0 for the others).
constexpr std::array<char, 128> kShortEscape = [] {
  std::array<char, 128> t{};
  t['\n'] = 'n';
  t['"'] = '"';
  t['\\'] = '\\';
  t['\t'] = 't';
  t['\r'] = 'r';
  t['\b'] = 'b';
  t['\f'] = 'f';
  return t;
}();

// Writes the escape of `c` (a byte needs_escape accepts) at `d`; returns the end (at most 6 bytes on).
inline char* write_escape(char* d, unsigned char c) {
  d[0] = '\\';
  if (const char letter = kShortEscape[c]) {
    d[1] = letter;
    return d + 2;
  }
  static const char* hex = "0123456789abcdef";
  std::memcpy(d + 1, "u00", 3);
  d[4] = hex[c >> 4];
  d[5] = hex[c & 15];
  return d + 6;
}

// Escapes from `p` towards `end` into `d` while `d` is below `limit` (which leaves room for one block
// store and one escape); advances `p` and returns the new end of the output. Plain runs are copied 16
// bytes at a time, stored whole and then cut back to the first byte that needs escaping.
char* escape_some(char* d, const char* limit, const char*& p, const char* end) {
  while (d < limit) {
#if defined(__SSE2__)
    if (end - p >= 16) {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(d), _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
      const unsigned mask = escape_mask(p);
      if (mask == 0) {
        p += 16;
        d += 16;
        continue;
      }
      const unsigned k = static_cast<unsigned>(__builtin_ctz(mask));
      p += k;
      d = write_escape(d + k, static_cast<unsigned char>(*p++));
      continue;
    }
#endif
    if (p == end) break;
    const unsigned char c = static_cast<unsigned char>(*p++);
    if (needs_escape(c)) {
      d = write_escape(d, c);
    } else {
      *d++ = static_cast<char>(c);
    }
  }
  return d;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  constexpr size_t kSlack = 32;  // a block store (16) plus the longest escape (6), rounded up
  out.push_back('"');
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p != end) {
    // Written straight into the spare capacity: room for the rest if about one byte in eight needs
    // escaping; when that runs out, the string grows and the loop goes on.
    const size_t left = static_cast<size_t>(end - p);
    const size_t want = out.size() + left + left / 8 + kSlack;
    if (out.capacity() < want) out.reserve(std::max(want, 2 * out.capacity()));
    const size_t used = out.size();  // the string may not be read inside resize_and_overwrite
    out.resize_and_overwrite(out.capacity(), [&](char* buf, size_t cap) {
      return static_cast<size_t>(escape_some(buf + used, buf + cap - kSlack, p, end) - buf);
    });
  }
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

template <class Strings>
void append_string_list(std::string& out, const char* key, const Strings& values) {
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
  size_t size = r.python.size() + 1024;
  for (const auto* d : {&r.cpu, &r.cuda}) {
    if (!*d) continue;
    size += (*d)->forward.size() + (*d)->backward.size() + (*d)->module.size();
    for (const auto& f : (*d)->functions) size += f.size();
  }
  out.reserve(size + size / 8);  // escapes (mostly newlines) add a few percent
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
  if (r.provenance) {
    append_string_field(out, "source_path", r.provenance->source_path);
    append_key(out, "source_line");
    out += std::to_string(r.provenance->source_line);
    append_key(out, "license");
    if (r.provenance->license) {
      append_json_string(out, *r.provenance->license);
    } else {
      out += "null";
    }
  }
  append_string_field(out, "python", r.python);
  append_string_field(out, "struct_hash", r.struct_hash);
  append_string_list(out, "features", r.features);
  if (!r.launch.empty()) append_string_field(out, "launch", r.launch);
  if (!r.verification.empty()) append_string_field(out, "verification", r.verification);
  append_string_field(out, "backend", backend_name(r.backend));
  append_string_field(out, "warp_version", r.warp_version);
  append_device(out, "cpu", r.cpu);
  append_device(out, "cuda", r.cuda);
  out += "}\n";
  return out;
}

std::string short_sha256(std::string_view data) {
  return hex(sha256(data), 8);
}

}  // namespace ws
