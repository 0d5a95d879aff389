#include "verify/verify.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "dataset/record.h"
#include "verify/block_runner.h"
#include "verify/harness.h"

namespace ws::verify {
namespace fs = std::filesystem;
namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + p.string());
}

// Runs argv with stdout and stderr into `log`; returns the wait status. `timeout` (seconds, 0: none)
// is an alarm the child inherits across exec: a run that outlives it dies of SIGALRM.
int run_process(const std::vector<std::string>& argv, const fs::path& log, int timeout) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot create " + log.string());
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fd);
    throw std::runtime_error("fork failed");
  }
  if (pid == 0) {  // only async-signal-safe calls until exec
    ::dup2(fd, 1);
    ::dup2(fd, 2);
    if (timeout > 0) ::alarm(static_cast<unsigned>(timeout));
    ::execvp(args[0], args.data());
    ::_exit(127);
  }
  ::close(fd);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) throw std::runtime_error("waitpid failed for " + argv[0]);
  return status;
}

// One `TYPE NAME;` member line of a struct Warp emits.
struct Member {
  std::string type, name;
};

// The data members of `struct <name>` in `text` (Warp writes one per line, before a blank line),
// or nothing when the struct is missing.
std::optional<std::vector<Member>> struct_members(std::string_view text, const std::string& name) {
  for (const std::string& head : {"struct " + name + " {\n", "struct " + name + "\n{\n"}) {
    size_t at = text.find(head);
    if (at == std::string_view::npos) continue;
    std::vector<Member> out;
    size_t pos = at + head.size();
    while (pos < text.size()) {
      const size_t eol = text.find('\n', pos);
      std::string_view line = text.substr(pos, eol - pos);
      pos = eol == std::string_view::npos ? text.size() : eol + 1;
      while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
      if (line.empty() || line.back() != ';' || line.find('(') != std::string_view::npos) break;
      line.remove_suffix(1);
      const size_t sp = line.rfind(' ');
      if (sp == std::string_view::npos) break;
      out.push_back({std::string(line.substr(0, sp)), std::string(line.substr(sp + 1))});
    }
    return out;
  }
  return std::nullopt;
}

// The @wp.struct types a module defines: `struct NAME\n{` followed by a CUDA_CALLABLE constructor.
// (A plain scan: the module is tens of kilobytes, where std::regex costs milliseconds per kernel.)
std::vector<std::string> struct_names(std::string_view text) {
  std::vector<std::string> out;
  static constexpr std::string_view kHead = "\nstruct ";
  for (size_t at = text.find(kHead); at != std::string_view::npos; at = text.find(kHead, at + 1)) {
    const size_t name = at + kHead.size(), eol = text.find('\n', name);
    if (eol == std::string_view::npos || text.compare(eol, 3, "\n{\n") != 0) continue;
    const std::string_view n = text.substr(name, eol - name);
    bool word = !n.empty();
    for (char ch : n) word = word && (std::isalnum(static_cast<unsigned char>(ch)) || ch == '_');
    if (word && text.find("CUDA_CALLABLE " + std::string(n) + "(", at) != std::string_view::npos) out.emplace_back(n);
  }
  return out;
}

// The comma-separated items of the parenthesized list that opens at text[open] (nesting respected),
// trimmed; `end` receives the position of the closing parenthesis.
std::vector<std::string> paren_items(const std::string& text, size_t open, size_t& end) {
  std::vector<std::string> items(1);
  int depth = 0;
  for (end = open; end < text.size(); ++end) {
    const char ch = text[end];
    if (ch == '(' || ch == '[') ++depth;
    if (ch == ')' || ch == ']') --depth;
    if (depth == 0) break;
    if (ch == ',' && depth == 1) {
      items.emplace_back();
    } else if (end > open) {
      items.back() += ch;
    }
  }
  for (std::string& it : items) {
    const size_t a = it.find_first_not_of(" \n"), b = it.find_last_not_of(" \n");
    it = a == std::string::npos ? "" : it.substr(a, b - a + 1);
  }
  return items;
}

// Names whose `.shape`, `.strides` or `.ndim` the Python reads, directly or as the argument of a
// @wp.func parameter whose shape the function reads, any number of calls deep (a fixpoint over the
// names; a name read anywhere counts everywhere, which only ever withholds more gradients). Warp's adjoint of such a
// read empties the gradient array's shape (`adj_a.shape = {}`), so every later bounds check of adj_a fails although the
// kernel is correct: these arrays get no gradient. scripts/verify_check.py applies the same rule.
std::set<std::string> shape_readers(const std::string& py) {
  std::set<std::string> out;
  static const std::regex read(R"(\b(\w+)\.(shape|strides|ndim)\b)");
  for (auto it = std::sregex_iterator(py.begin(), py.end(), read); it != std::sregex_iterator(); ++it)
    out.insert((*it)[1]);
  static const std::regex def(R"(\ndef (\w+)\()");
  for (size_t before = 0; before != out.size();) {
    before = out.size();
    for (auto it = std::sregex_iterator(py.begin(), py.end(), def); it != std::sregex_iterator(); ++it) {
      const std::string fn = (*it)[1];
      size_t end = 0;
      const std::vector<std::string> params =
          paren_items(py, static_cast<size_t>(it->position() + it->length() - 1), end);
      for (size_t i = 0; i < params.size(); ++i) {
        const std::string p = params[i].substr(0, params[i].find(':'));
        if (p.empty() || !out.contains(p)) continue;
        const std::regex call("\\b" + fn + "\\(");
        for (auto c = std::sregex_iterator(py.begin(), py.end(), call); c != std::sregex_iterator(); ++c) {
          if (c->position() >= 4 && py.compare(static_cast<size_t>(c->position() - 4), 4, "def ") == 0) continue;
          size_t close = 0;
          const std::vector<std::string> args =
              paren_items(py, static_cast<size_t>(c->position() + c->length() - 1), close);
          if (i < args.size()) out.insert(args[i]);
        }
      }
    }
  }
  return out;
}

std::string int_list(const std::vector<int>& v) {
  std::string out;
  for (int x : v) out += (out.empty() ? "" : ", ") + std::to_string(x);
  return out;
}

std::string double_list(const nlohmann::json& v) {
  std::string out;
  char buf[40];
  for (const auto& x : v) {
    std::snprintf(buf, sizeof buf, "%.17g", x.is_boolean() ? (x.get<bool>() ? 1.0 : 0.0) : x.get<double>());
    out += (out.empty() ? "" : ", ") + std::string(buf);
  }
  return out;
}

// The harness of a kernel (its run function, in the module's namespace), or a contract error.
struct Harness {
  std::string code;
  std::string error;  // non-empty: the kernel cannot be run under its contract
  int ndim = 1;       // the launch's dimensionality
  int block_dim = 1;  // the contract's block_dim (1: not a tiled launch)
};

// The shape of an array whose contract spec is {"tile": [t0, ...], "axes": [a0, ...]} under a launch
// of shape `launch`: shape[d] = launch[axes[d]] * t[d], or t[d] where axes[d] is not a launch axis;
// axes default to 0, 1, ... An empty result and `error` set when the spec is malformed.
std::vector<int> tile_shape_of(const nlohmann::json& spec, const std::vector<int>& launch, std::string& error) {
  for (const auto& [key, v] : spec.items())
    if (key != "tile" && key != "axes") {
      error = "unknown key " + key + " in tile spec " + spec.dump();
      return {};
    }
  const nlohmann::json tile = spec.value("tile", nlohmann::json());
  if (!tile.is_array() || tile.empty() || tile.size() > 4) {
    error = "tile spec " + spec.dump() + ": \"tile\" must be a list of 1 to 4 sizes";
    return {};
  }
  nlohmann::json axes = nlohmann::json::array();
  for (size_t d = 0; d < tile.size(); ++d) axes.push_back(d);
  if (spec.contains("axes")) axes = spec.at("axes");
  if (!axes.is_array() || axes.size() != tile.size()) {
    error = "tile spec " + spec.dump() + ": \"axes\" must be a list as long as \"tile\"";
    return {};
  }
  std::vector<int> shape;
  long long count = 1;
  for (size_t d = 0; d < tile.size(); ++d) {
    if (!tile[d].is_number_integer() || tile[d].get<long long>() < 1 || tile[d].get<long long>() > (1LL << 30) ||
        !axes[d].is_number_integer() || axes[d].get<long long>() < 0) {
      error = "tile spec " + spec.dump() + ": sizes must be positive integers and axes non-negative integers";
      return {};
    }
    const long long a = axes[d].get<long long>();
    const long long extent = (a < static_cast<long long>(launch.size()) ? launch[a] : 1) * tile[d].get<long long>();
    count *= extent;
    if (extent > (1LL << 30) || count > (1LL << 30)) {
      error = "tile spec " + spec.dump() + ": the array is too large";
      return {};
    }
    shape.push_back(static_cast<int>(extent));
  }
  return shape;
}

// The shape of an array under its contract spec: "launch", [n], or a tile spec; empty, with `error`
// set, when the spec is malformed.
std::vector<int> shape_of(const nlohmann::json& spec, const std::vector<int>& launch, std::string& error) {
  if (spec == "launch") return launch;
  if (spec.is_array() && spec.size() == 1 && spec[0].is_number_integer() && spec[0].get<long long>() > 0 &&
      spec[0].get<long long>() <= (1LL << 30))
    return {spec[0].get<int>()};
  if (spec.is_object()) return tile_shape_of(spec, launch, error);
  error = "bad shape " + spec.dump();
  return {};
}

// `args.x` from the contract's value `v` (a number, a list of components, or an object of fields).
void scalar_statements(std::string& code, const std::string& target, const std::string& label,
                       const nlohmann::json& v) {
  if (v.is_object()) {
    for (const auto& [field, fv] : v.items()) scalar_statements(code, target + "." + field, label + "." + field, fv);
    return;
  }
  const nlohmann::json list = v.is_array() ? v : nlohmann::json::array({v});
  code += "  { static const double v[] = {" + double_list(list) + "};\n    if (!r.scalar(" + target + ", \"" + label +
          "\", v, " + std::to_string(list.size()) + ")) return 4; }\n";
}

// `args.<name> = <id>;` building the mesh, hash grid or BVH of a contract's "queries" entry through
// Warp's own library (harness.h: wsv::mesh, wsv::hash_grid, wsv::bvh), or an error.
std::string query_input(const nlohmann::json& spec, const std::string& name, const nlohmann::json& arrays,
                        std::string& error) {
  const std::string type = spec.value("type", "");
  const auto count = [&](const char* key) {
    const nlohmann::json v = spec.value(key, nlohmann::json());
    if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 4096) {
      error = std::string(key) + " must be an integer from 1 to 4096";
      return std::string("0");
    }
    return std::to_string(v.get<long long>());
  };
  const auto real = [&](const char* key) {
    const nlohmann::json v = spec.value(key, nlohmann::json());
    if (!v.is_number() || v.get<double>() <= 0) error = std::string(key) + " must be a positive number";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v.is_number() ? v.get<double>() : 0.0);
    return std::string(buf);
  };
  if (type == "mesh") return "  args." + name + " = wsv::mesh(r.g, " + count("cells") + ");\n";
  if (type == "bvh")
    return "  args." + name + " = wsv::bvh(r.g, " + count("items") + ", " + real("half_extent") + ");\n";
  if (type == "hash_grid") {
    const std::string points = spec.value("points", "");
    if (!arrays.contains(points)) error = "points names no array of launch.arrays";
    return "  args." + name + " = wsv::hash_grid(args." + points + ", " + count("dims") + ", " + real("cell_width") +
           ");\n";
  }
  error = "unknown type '" + type + "' (mesh, hash_grid or bvh)";
  return "";
}

Harness harness(const Kernel& k) {
  Harness h;
  const auto members = struct_members(k.module, "wp_args_" + k.mangled);
  if (!members) return {"", "the module has no struct wp_args_" + k.mangled};
  nlohmann::json c;
  try {
    c = nlohmann::json::parse(k.launch);
  } catch (const std::exception& e) {
    return {"", std::string("the launch contract is not JSON: ") + e.what()};
  }
  const int ndim = c.value("ndim", 0);
  if (ndim < 1 || ndim > 4) return {"", "launch.ndim must be 1 to 4"};
  h.ndim = ndim;
  const std::vector<int> shape = launch_shape(ndim);
  // A tiled kernel (wp.launch_tiled with this block_dim): the record's module must be Warp's variant
  // for that block size, and a tiled launch has at most 3 dimensions besides the block's.
  int block_dim = 1;
  if (c.contains("block_dim")) {
    const nlohmann::json& b = c.at("block_dim");
    if (!b.is_number_integer() || b.get<long long>() < 1 || b.get<long long>() > 1024)
      return {"", "launch.block_dim must be an integer from 1 to 1024, not " + b.dump()};
    block_dim = b.get<int>();
    if (ndim > 3) return {"", "launch.ndim must be 1 to 3 for a tiled launch (launch.block_dim)"};
    if (k.module.find("#define WP_TILE_BLOCK_DIM " + std::to_string(block_dim) + "\n") == std::string::npos)
      return {"", "launch.block_dim " + std::to_string(block_dim) + " is not the module's WP_TILE_BLOCK_DIM"};
  }
  h.block_dim = block_dim;
  const nlohmann::json arrays = c.value("arrays", nlohmann::json::object());
  const nlohmann::json scalars = c.value("scalars", nlohmann::json::object());
  const auto range = [&](const char* key, double lo, double hi) {
    const nlohmann::json r = c.value(key, nlohmann::json::array({lo, hi}));
    return std::pair(r.at(0).get<double>(), r.at(1).get<double>());
  };
  const auto [flo, fhi] = range("float_range", -1.0, 1.0);
  const auto [ilo, ihi] = range("int_range", 0, 8);

  std::string& code = h.code;
  const std::set<std::string> no_grad = shape_readers(k.python);
  // Fill overloads of the module's own @wp.struct types (arrays of structs), found by ADL.
  for (const std::string& s : struct_names(k.module)) {
    code += "inline void fill(" + s + "& x, wsv::Gen& g) {\n";
    const std::vector<Member> fields = struct_members(k.module, s).value_or(std::vector<Member>{});
    for (const Member& m : fields) {
      if (m.type.starts_with("wp::array_t")) return {"", "struct " + s + " holds an array (not supported)"};
      code += "  wsv::fill(x." + m.name + ", g);\n";
    }
    code += "}\n";
  }
  char seed_hex[24];
  std::snprintf(seed_hex, sizeof seed_hex, "0x%016llxULL", static_cast<unsigned long long>(k.input_seed));
  char fr[80];
  std::snprintf(fr, sizeof fr, "%.17g, %.17g", flo, fhi);
  code += "int run() {\n  wsv::Run r;\n  r.g = wsv::Gen{" + std::string(seed_hex) + ", 0, " + fr + ", " +
          std::to_string(static_cast<long long>(ilo)) + ", " + std::to_string(static_cast<long long>(ihi)) +
          "};\n  wp_args_" + k.mangled + " args = {};\n  wp_args_" + k.mangled + " adj = {};\n";
  const nlohmann::json queries = c.value("queries", nlohmann::json::object());
  std::string deferred;
  std::set<std::string> seen;
  for (const Member& m : *members) {
    seen.insert(m.name);
    if (m.type.starts_with("wp::array_t<")) {
      if (!arrays.contains(m.name)) return {"", "array " + m.name + " missing from launch.arrays"};
      const nlohmann::json& spec = arrays.at(m.name);
      std::string error;
      const std::vector<int> s = shape_of(spec, shape, error);
      if (!error.empty()) return {"", "array " + m.name + ": " + error};
      const bool grad = !no_grad.contains(m.name);
      code += "  { static const int s[] = {" + int_list(s) + "};\n    r.array(args." + m.name + ", adj." + m.name +
              ", \"" + m.name + "\", " + std::to_string(s.size()) + ", s, " + (grad ? "true" : "false") + "); }\n";
    } else if (queries.contains(m.name)) {
      std::string error;
      deferred += query_input(queries.at(m.name), m.name, arrays, error);
      if (!error.empty()) return {"", "query input " + m.name + ": " + error};
    } else {
      if (!scalars.contains(m.name)) return {"", "scalar " + m.name + " missing from launch.scalars"};
      scalar_statements(code, "args." + m.name, m.name, scalars.at(m.name));
    }
  }
  code += deferred;  // the query inputs draw after every array
  for (const auto& [name, spec] : arrays.items())
    if (!seen.contains(name)) return {"", "launch.arrays names " + name + ", not a parameter"};
  for (const auto& [name, spec] : queries.items())
    if (!seen.contains(name)) return {"", "launch.queries names " + name + ", not a parameter"};
  for (const auto& [name, spec] : scalars.items())
    if (!seen.contains(name)) return {"", "launch.scalars names " + name + ", not a parameter"};
  // The kernel's wp.tid() coordinates: its forward entry point's launch_bounds_t<N>.
  const std::string entry = k.mangled + "_cpu_forward(\n    wp::launch_bounds_t<";
  const size_t at = k.module.find(entry);
  if (at == std::string::npos) return {"", "the module has no " + k.mangled + "_cpu_forward entry point"};
  const std::string n(1, k.module[at + entry.size()]);
  std::vector<int> full = shape;  // what wp.launch_tiled launches: the shape, then the block's lanes
  if (c.contains("block_dim")) full.push_back(block_dim);
  code += "  static const int launch[] = {" + int_list(full) + "};\n  wp::launch_bounds_t<" + n +
          "> dim = wsv::bounds<" + n + ">(launch, " + std::to_string(full.size()) +
          ");\n  wsv::stage(\"forward\");\n  " + k.mangled +
          "_cpu_forward(&dim, &args);\n  if (!r.forward_done()) return 3;\n";
  if (k.module.find(k.mangled + "_cpu_backward(") != std::string::npos)
    code += "  r.seed_gradients();\n  wsv::stage(\"backward\");\n  " + k.mangled +
            "_cpu_backward(&dim, &args, &adj);\n  if (!r.backward_done()) return 3;\n";
  code += "  return 0;\n}\n";
  return h;
}

std::string digest(std::string_view hex) {
  std::string bytes;
  bytes.reserve(hex.size() / 2);
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes.push_back(static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  return short_sha256(bytes);
}

// The verdict of one kernel's run from its wait status and output.
Result verdict(int status, const std::string& out, uint64_t input_seed, int ndim) {
  Result r;
  std::string stage = "setup";
  nlohmann::ordered_json outputs = nlohmann::ordered_json::object(), grads = nlohmann::ordered_json::object();
  std::string message;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("stage ")) {
      stage = line.substr(6);
    } else if (line.starts_with("out ") || line.starts_with("grad ")) {
      const size_t a = line.find(' '), b = line.find(' ', a + 1);
      (line[0] == 'o' ? outputs : grads)[line.substr(a + 1, b - a - 1)] = digest(std::string_view(line).substr(b + 1));
    } else if (!line.empty() && message.empty() &&
               (line.find("runtime error:") != std::string::npos || line.starts_with("wsv-assert:") ||
                line.starts_with("nan ") || line.starts_with("contract "))) {
      message = line;
    }
  }
  const auto fail = [&](const std::string& why, const std::string& what) {
    r.reason = "verify: " + why;
    r.detail = "during " + stage + ": " + what.substr(0, 300);
    return r;
  };
  if (message.find("runtime error:") != std::string::npos) {
    const size_t at = message.find("runtime error:");
    return fail("ubsan", message.substr(at));
  }
  if (message.starts_with("wsv-assert:")) {
    return fail(message.find("shape") != std::string::npos ? "oob" : "assert", message.substr(12));
  }
  if (WIFSIGNALED(status)) {
    if (WTERMSIG(status) == SIGALRM) return fail("timeout", "no result within the time limit");
    return fail("crash", std::string("signal ") + strsignal(WTERMSIG(status)));
  }
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == 3) return fail("nan", message);
  if (code == 4) return fail("contract", message);
  if (code != 0) return fail("crash", "exit code " + std::to_string(code));
  nlohmann::ordered_json v = {
      {"launch", launch_shape(ndim)}, {"input_seed", input_seed}, {"outputs", outputs}, {"gradients", grads}};
  r.verification = v.dump();
  return r;
}

// UBSan's checks for what C++ makes undefined in arithmetic and control flow (signed overflow, shifts,
// integer division by zero, out-of-range float-to-int conversion, invalid bool/enum loads, fixed-size
// array bounds, missing return, unreachable). Pointer checks are left out: array accesses are bounds-
// checked by Warp's own debug-mode asserts, and null, alignment and pointer-overflow instrumentation
// of every access costs a quarter of the compile time. Locals start as a 0xff.. pattern instead of
// whatever the stack held: a float read before any write is then a NaN, so a value Warp's select
// carries out of the branch that wrote it fails the same way on every run and every machine.
const std::string kCompileFlags =
    "-std=c++17 -O0 -fsanitize=undefined -fno-sanitize=alignment,null,vptr,pointer-overflow,nonnull-attribute,"
    "returns-nonnull-attribute -fno-sanitize-recover=all -ftrivial-auto-var-init=pattern -w";

// What every batch starts with: Warp's headers, included as a CPU module includes them (and with the
// macro Warp's CPU compiler defines by default, config.enable_tiles_in_stack_memory: a tiled block's
// shared tiles live in a zeroed arena on the entry point's stack), then the runtime.
std::string prologue(bool no_bf16) {
  return std::string(no_bf16 ? "#define WP_NO_BFLOAT16\n" : "") +
         "#define WP_TILE_BLOCK_DIM 256\n#define WP_ENABLE_TILES_IN_STACK_MEMORY\n#define WP_NO_CRT\n#include "
         "\"builtin.h\"\n#include \"deterministic.h\"\n" +
         kRuntime;
}

// Runs the compiler with the common flags and `extra` arguments; returns whether it succeeded, and its output.
std::pair<bool, std::string> compile(const Options& o, const std::vector<std::string>& extra, const fs::path& log) {
  std::vector<std::string> argv = {o.compiler};
  std::istringstream flags(kCompileFlags);
  for (std::string f; flags >> f;) argv.push_back(f);
  argv.push_back("-I" + o.warp_include.string());
  argv.insert(argv.end(), extra.begin(), extra.end());
  const int status = run_process(argv, log, 0);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
    throw std::runtime_error("--verify run: cannot run the C++ compiler '" + o.compiler +
                             "' (scripts/setup.sh installs it)");
  return {WIFEXITED(status) && WEXITSTATUS(status) == 0, read_file(log)};
}

// Built once per process (and compiler and header directory): the support object every batch links,
// and the prologue precompiled (the common case: every module defines WP_NO_BFLOAT16). The PCH is
// built with -fpch-codegen and -fpch-instantiate-templates: the headers' inline functions are parsed,
// instantiated and compiled once, into prologue_pch.o, instead of in every batch (a quarter of a
// batch's compile).
struct Prebuilt {
  fs::path dir;  // support.o, prologue.h and, when they compiled, prologue.pch and prologue_pch.o
  bool pch = false;
  ~Prebuilt() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

const Prebuilt& prebuilt(const Options& o) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Prebuilt>> cache;
  std::lock_guard lock(mu);
  std::unique_ptr<Prebuilt>& p = cache[o.compiler + '\n' + o.warp_include.string()];
  if (p) return *p;
  char tmpl[] = "/tmp/warpsynth-verify-pch-XXXXXX";
  if (!::mkdtemp(tmpl)) throw std::runtime_error("cannot create a temporary directory in /tmp");
  auto made = std::make_unique<Prebuilt>();
  made->dir = tmpl;
  write_file(made->dir / "support.cpp", std::string(kSupport) + kBlockRunner);
  // The library the harness builds meshes, hash grids and BVHs with: warp/bin/warp.so beside warp/native.
  const fs::path lib = (o.warp_include / ".." / "bin" / "warp.so").lexically_normal();
  auto [ok, log] = compile(o,
                           {"-DWSV_WARP_LIB=\"" + lib.string() + "\"", "-c", (made->dir / "support.cpp").string(), "-o",
                            (made->dir / "support.o").string()},
                           made->dir / "support.log");
  if (!ok) throw std::runtime_error("--verify run: the C++ compiler fails on the harness: " + log.substr(0, 400));
  write_file(made->dir / "prologue.h", prologue(true));
  const std::string pch = (made->dir / "prologue.pch").string();
  made->pch =
      compile(o,
              {"-fpch-codegen", "-fpch-instantiate-templates", "-x", "c++-header", (made->dir / "prologue.h").string(),
               "-o", pch},
              made->dir / "prologue.log")
          .first &&
      compile(o, {"-c", pch, "-o", (made->dir / "prologue_pch.o").string()}, made->dir / "prologue_o.log").first;
  p = std::move(made);
  return *p;
}

}  // namespace

std::vector<int> array_shape(const std::string& spec, const std::vector<int>& launch, std::string& error) {
  try {
    return shape_of(nlohmann::json::parse(spec), launch, error);
  } catch (const nlohmann::json::exception& e) {
    error = std::string("not JSON: ") + e.what();
    return {};
  }
}

std::vector<int> launch_shape(int ndim) {
  static const int extra[] = {3, 2, 5};
  std::vector<int> s = {37};
  for (int i = 1; i < ndim; ++i) s.push_back(extra[i - 1]);
  return s;
}

fs::path find_warp_include(const fs::path& dir) {
  if (!dir.empty()) {
    if (!fs::exists(dir / "builtin.h"))
      throw std::runtime_error("--warp-include " + dir.string() +
                               " has no builtin.h (give warp/native of the pinned Warp)");
    return dir;
  }
  const fs::path python = fs::path(WS_SOURCE_DIR) / ".venv" / "bin" / "python";
  if (!fs::exists(python))
    throw std::runtime_error("--verify run needs Warp's native headers: no " + python.string() +
                             " (run scripts/setup.sh) and no --warp-include DIR given");
  const std::string cmd = python.string() + " -c 'import os, warp; print(os.path.dirname(warp.__file__))' 2>/dev/null";
  std::string out;
  if (FILE* p = ::popen(cmd.c_str(), "r")) {
    char buf[4096];
    while (size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    ::pclose(p);
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  const fs::path native = fs::path(out) / "native";
  if (out.empty() || !fs::exists(native / "builtin.h"))
    throw std::runtime_error("--verify run needs Warp's native headers: " + python.string() +
                             " cannot import warp (or its package has no native/builtin.h); give --warp-include DIR");
  return native;
}

std::vector<Result> verify(const std::vector<Kernel>& kernels, const Options& o) {
  std::vector<Result> results(kernels.size());
  if (kernels.empty()) return results;
  char tmpl[] = "/tmp/warpsynth-verify-XXXXXX";
  if (!::mkdtemp(tmpl)) throw std::runtime_error("cannot create a temporary directory in /tmp");
  const fs::path dir = tmpl;
  struct Cleanup {
    fs::path d;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(d, ec);
    }
  } cleanup{dir};

  // One module per kernel, each in a namespace of its own (two records may define the same struct).
  // Two kernels with the same mangled name would clash on their extern "C" entry points: the later
  // one goes to the next round.
  std::vector<size_t> todo;
  for (size_t i = 0; i < kernels.size(); ++i) todo.push_back(i);
  while (!todo.empty()) {
    std::vector<size_t> batch, later;
    std::set<std::string> names;
    for (size_t i : todo) (names.insert(kernels[i].mangled).second ? batch : later).push_back(i);
    todo = std::move(later);

    std::vector<size_t> runnable;
    std::vector<int> ndims(kernels.size(), 1);  // of the runnable kernels
    bool no_bf16 = true;
    for (size_t i : batch) no_bf16 = no_bf16 && kernels[i].module.starts_with("#define WP_NO_BFLOAT16\n");
    std::vector<std::string> bodies;
    for (size_t i : batch) {
      const Kernel& k = kernels[i];
      Harness h;
      try {
        h = harness(k);
      } catch (const nlohmann::json::exception& e) {
        h.error = std::string("malformed launch contract: ") + e.what();
      }
      if (!h.error.empty()) {
        results[i] = {"verify: contract", h.error, ""};
        continue;
      }
      ndims[i] = h.ndim;
      runnable.push_back(i);
      bodies.push_back("namespace wsv_m" + std::to_string(i) + " {\n" + k.module + "\n#undef float\n#undef int\n" +
                       h.code + "}\n");
    }
    if (runnable.empty()) continue;  // contract errors only: no compiler needed
    const Prebuilt& pre = prebuilt(o);
    const bool use_pch = no_bf16 && pre.pch;
    auto build = [&](const std::vector<size_t>& which, const fs::path& exe) {
      std::string src = use_pch ? "" : prologue(no_bf16);
      std::string cases;
      for (size_t j = 0; j < runnable.size(); ++j) {
        bool in = false;
        for (size_t w : which) in = in || w == runnable[j];
        if (!in) continue;
        src += bodies[j];
        cases +=
            "  case " + std::to_string(runnable[j]) + ": return wsv_m" + std::to_string(runnable[j]) + "::run();\n";
      }
      src += "extern \"C\" int wsv_main(int k) {\n  switch (k) {\n" + cases + "  }\n  return 2;\n}\n";
      const fs::path cpp = exe.string() + ".cpp";
      write_file(cpp, src);
      // gold (GNU binutils, beside ld) links a batch in half the time of the default ld.bfd.
      std::vector<std::string> args = {"-fuse-ld=gold"};
      if (use_pch)
        for (const std::string& a :
             {std::string("-include-pch"), (pre.dir / "prologue.pch").string(), (pre.dir / "prologue_pch.o").string()})
          args.push_back(a);
      for (const std::string& a : {cpp.string(), (pre.dir / "support.o").string(), std::string("-o"), exe.string()})
        args.push_back(a);
      return compile(o, args, exe.string() + ".log");
    };
    // The whole batch in one compile; if that fails, each kernel alone, to fail only the guilty ones.
    std::map<size_t, fs::path> exe_of;
    const fs::path batch_exe = dir / ("batch" + std::to_string(batch.front()));
    if (build(runnable, batch_exe).first) {
      for (size_t i : runnable) exe_of[i] = batch_exe;
    } else {
      for (size_t i : runnable) {
        const fs::path exe = dir / ("kernel" + std::to_string(i));
        auto [ok, log] = build({i}, exe);
        if (ok) {
          exe_of[i] = exe;
        } else {
          const size_t at = log.find("error:");
          results[i] = {"verify: compile", log.substr(at == std::string::npos ? 0 : at, 300), ""};
        }
      }
    }
    // Each binary runs its kernels in one process that forks a child per kernel (harness.h), and
    // prints "k status" for each; a kernel whose line is missing died with the runner.
    std::map<fs::path, std::vector<size_t>> kernels_of;
    for (const auto& [i, exe] : exe_of) kernels_of[exe].push_back(i);
    for (const auto& [exe, which] : kernels_of) {
      std::vector<std::string> argv = {exe.string(), dir.string(), std::to_string(o.timeout_seconds)};
      for (size_t i : which) argv.push_back(std::to_string(i));
      const fs::path log = exe.string() + ".run";
      const int runner = run_process(argv, log, o.timeout_seconds * static_cast<int>(which.size() + 1));
      std::map<size_t, int> status;
      std::istringstream lines(read_file(log));
      size_t k = 0;
      for (int st = 0; lines >> k >> st;) status[k] = st;
      for (size_t i : which) {
        const std::string out = read_file(dir / ("run" + std::to_string(i) + ".log"));
        if (status.contains(i)) {
          results[i] = verdict(status[i], out, kernels[i].input_seed, ndims[i]);
        } else {
          results[i] = {"verify: crash", "the batch's runner ended before this kernel ran", ""};
          if (WIFSIGNALED(runner)) results[i].detail += std::string(" (") + strsignal(WTERMSIG(runner)) + ")";
        }
      }
    }
  }
  return results;
}

}  // namespace ws::verify
