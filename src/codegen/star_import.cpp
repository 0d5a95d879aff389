#include "codegen/star_import.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "codegen/host_code.h"
#include "frontend/tokenizer.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

namespace fs = std::filesystem;
using frontend::decline;
using frontend::Pos;
using frontend::Unsupported;

constexpr size_t kMaxDepth = 8;

// Declined inside a star-imported module: the reason, at the module's own position.
class Refused : public std::runtime_error {
 public:
  explicit Refused(const std::string& why) : std::runtime_error(why) {}
};

std::vector<std::string> split_dotted(std::string_view s) {
  std::vector<std::string> parts;
  for (size_t start = 0; start <= s.size();) {
    size_t dot = std::min(s.find('.', start), s.size());
    parts.emplace_back(s.substr(start, dot - start));
    start = dot + 1;
  }
  return parts;
}

std::string join_dotted(const std::vector<std::string>& parts, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += (i ? "." : "") + parts[i];
  return out;
}

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}
bool is_dir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

// A module found on disk: its file, whether it is a package (`__init__.py`), and its dotted name.
struct Located {
  fs::path file;
  bool package = false;
  std::string name;
};

// One module as importlib's path finder finds it in `dir`: a regular package (`name/__init__.py`)
// first, then `name.py`; a namespace package (a bare directory) is nullopt with `namespace_dir` set.
std::optional<Located> find_in(const fs::path& dir, const std::string& name, bool& namespace_dir) {
  namespace_dir = false;
  if (is_file(dir / name / "__init__.py")) return Located{dir / name / "__init__.py", true, {}};
  if (is_file(dir / (name + ".py"))) return Located{dir / (name + ".py"), false, {}};
  namespace_dir = is_dir(dir / name);
  return std::nullopt;
}

class Resolver {
 public:
  explicit Resolver(const ImportSearch& search) : search_(search) {}

  // The absolute dotted name of an import spelled in `package` (relative: leading dots).
  std::string absolute(std::string_view spelled, const std::string& package) const {
    size_t level = 0;
    while (level < spelled.size() && spelled[level] == '.') ++level;
    if (level == 0) return std::string(spelled);
    std::vector<std::string> parts = package.empty() ? std::vector<std::string>{} : split_dotted(package);
    if (package.empty() || level - 1 >= parts.size())
      throw Refused("relative import of '" + std::string(spelled) + "' beyond the top-level package");
    std::string base = join_dotted(parts, parts.size() - (level - 1));
    return spelled.size() == level ? base : base + "." + std::string(spelled.substr(level));
  }

  bool in_warp(const std::string& module) const { return module == "warp" || module.starts_with("warp."); }
  bool in_project(const std::string& module) const {
    const std::string top = module.substr(0, module.find('.'));
    return std::binary_search(search_.local_modules.begin(), search_.local_modules.end(), top);
  }

  // The files of `module` and of the packages above it that importing it runs, outermost first (the
  // warp package itself is already imported). Throws Refused when they cannot be found here.
  std::vector<Located> locate(const std::string& module) const {
    std::vector<std::string> parts = split_dotted(module);
    std::vector<fs::path> dirs;
    if (in_warp(module)) {
      if (search_.warp_parent.empty())
        throw Refused("the pinned Warp package (" WS_WARP_VERSION ") was not found to read '" + module + "' from");
      dirs.push_back(search_.warp_parent);
    } else if (in_project(module)) {
      for (const std::string& r : search_.roots) dirs.emplace_back(r);
    } else {
      throw Refused("'" + module + "' is neither a module of the file's project nor of Warp");
    }
    std::vector<Located> out;
    for (size_t i = 0; i < parts.size(); ++i) {
      std::optional<Located> found;
      std::vector<fs::path> namespaces;
      for (const fs::path& d : dirs) {
        bool namespace_dir = false;
        found = find_in(d, parts[i], namespace_dir);
        if (found) break;
        if (namespace_dir) namespaces.push_back(d / parts[i]);
      }
      const std::string name = join_dotted(parts, i + 1);
      if (!found && namespaces.empty()) throw Refused("no module '" + name + "' in the project or Warp");
      if (!found && i + 1 == parts.size()) throw Refused("'" + name + "' is a namespace package (no __init__.py)");
      if (found) {
        found->name = name;
        if (i > 0 || !in_warp(module)) out.push_back(*found);
        if (i + 1 < parts.size() && !found->package) throw Refused("'" + name + "' is a module, not a package");
        dirs = {found->file.parent_path()};
      } else {
        dirs = namespaces;  // a namespace package spans every directory that has it
      }
    }
    return out;
  }

  StarImport resolve(const std::string& module, std::vector<std::string>& stack) {
    if (std::find(stack.begin(), stack.end(), module) != stack.end())
      throw Refused("star imports that import each other ('" + module + "')");
    if (stack.size() > kMaxDepth) throw Refused("star imports nested more than " + std::to_string(kMaxDepth) + " deep");
    stack.push_back(module);
    StarImport out;
    out.module = module;
    std::vector<Located> files = locate(module);
    // the packages above it run first (those the importing file sits in have run already)
    for (size_t i = 0; i + 1 < files.size(); ++i) {
      const std::string& package = files[i].name;
      if (search_.module == package || search_.module.starts_with(package + ".")) continue;
      read(files[i], package, package, stack, out);
    }
    const Located& self = files.back();
    std::error_code ec;
    if (!search_.file.empty() && fs::equivalent(self.file, search_.file, ec))
      throw Refused("the file star-imports itself");
    const size_t dot = module.rfind('.');
    const std::string package = self.package ? module : dot == std::string::npos ? "" : module.substr(0, dot);
    Exports exports = read(self, module, package, stack, out);

    std::set<std::string, std::less<>> names;
    if (exports.all) {
      for (const std::string& n : *exports.all) {
        if (!exports.bound.count(n)) throw Refused("its __all__ names '" + n + "', which it never binds");
        names.insert(n);
      }
    } else {
      for (const std::string& n : exports.bound) {
        if (!n.starts_with('_')) names.insert(n);
      }
      // a package's submodules become its attributes when anything imports them
      if (self.package) {
        for (const fs::directory_entry& e : fs::directory_iterator(self.file.parent_path(), ec)) {
          const std::string stem = e.path().stem().string();
          if ((e.is_directory(ec) || e.path().extension() == ".py") && !stem.starts_with('_')) names.insert(stem);
        }
      }
    }
    for (const std::string& n : names) {
      if (exports.warp_modules.count(n)) out.warp_modules.insert(n);
      if (exports.stdlib_modules.count(n)) out.stdlib_modules.insert(n);
      if (exports.warp_related.count(n)) out.warp_related.insert(n);
    }
    out.names.assign(names.begin(), names.end());
    stack.pop_back();
    return out;
  }

 private:
  // What one module binds at module level, nested star imports included.
  struct Exports {
    std::optional<std::vector<std::string>> all;
    std::set<std::string, std::less<>> bound;
    std::set<std::string, std::less<>> warp_modules;    // bound only to the warp module
    std::set<std::string, std::less<>> stdlib_modules;  // bound only to the standard-library module so named
    std::set<std::string, std::less<>> warp_related;
  };

  // Scans one file that the import runs (`module`, relative imports based at `package`); its @wp.func
  // keys go to `out`.
  Exports read(const Located& file, const std::string& module, const std::string& package,
               std::vector<std::string>& stack, StarImport& out) {
    std::ifstream in(file.file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (!in) throw Refused("cannot read " + file.file.string());
    const std::string source = ss.str();
    for (size_t i = 0; i < source.size(); ++i) {
      const auto c = static_cast<unsigned char>(source[i]);
      if (c < 0x20 && c != '\n')
        throw Refused("tab or control character in '" + module + "' at line " +
                      std::to_string(1 + std::count(source.begin(), source.begin() + static_cast<long>(i), '\n')));
    }
    Exports e;
    try {
      const std::vector<frontend::Token> tokens = frontend::tokenize(source);
      ImportedModule m = scan_imported_module(tokens);
      for (const HostName& f : m.warp_functions) out.function_keys.emplace(f.name);
      if (m.all) {
        e.all.emplace();
        for (const HostName& n : *m.all) e.all->emplace_back(n.name);
      }
      // per name bound: only to the warp module, only to the standard-library module of its name
      std::map<std::string, std::pair<bool, bool>, std::less<>> only;
      for (const HostName& b : m.scan.binds) {
        e.bound.emplace(b.name);
        only.emplace(std::string(b.name),
                     std::pair{m.warp_modules.count(b.name) > 0, m.stdlib_modules.count(b.name) > 0});
      }
      for (std::string_view n : m.warp_related) e.warp_related.emplace(n);
      for (const HostImport& i : m.run_imports) {
        std::string target = absolute(i.module, package);
        if (i.name != "*") {
          // a module of the project runs before the file's code; the native backend reads only star imports
          if (!in_warp(module) && (i.module.starts_with('.') || in_project(target)))
            throw Refused("'" + module + "' imports the project's own module '" + i.module + "' (line " +
                          std::to_string(i.pos.line) + ")");
          continue;
        }
        StarImport nested = resolve(target, stack);
        out.function_keys.insert(nested.function_keys.begin(), nested.function_keys.end());
        for (const std::string& n : nested.names) {
          e.bound.insert(n);
          const std::pair by{nested.warp_modules.count(n) > 0, nested.stdlib_modules.count(n) > 0};
          auto [it, fresh] = only.emplace(n, by);
          if (!fresh) it->second = {it->second.first && by.first, it->second.second && by.second};
        }
        e.warp_related.insert(nested.warp_related.begin(), nested.warp_related.end());
      }
      for (const auto& [n, by] : only) {
        if (by.first) e.warp_modules.insert(n);
        if (by.second) e.stdlib_modules.insert(n);
      }
    } catch (const frontend::SyntaxError& x) {
      throw Refused("'" + module + "' line " + std::to_string(x.line()) + ":" + std::to_string(x.col()) + ": " +
                    x.what());
    } catch (const Unsupported& x) {
      throw Refused("'" + module + "' line " + std::to_string(x.line()) + ":" + std::to_string(x.col()) + ": " +
                    x.what());
    }
    return e;
  }

  const ImportSearch& search_;
};

}  // namespace

StarImport resolve_star_import(std::string_view spelled, Pos at, const ImportSearch* search) {
  const std::string what = "star import of '" + std::string(spelled) + "'";
  if (!search) decline(what + " (it may bind any name: no project to read it from)", at);
  try {
    Resolver r(*search);
    std::vector<std::string> stack;
    if (!search->module.empty()) stack.push_back(search->module);
    return r.resolve(r.absolute(spelled, search->package), stack);
  } catch (const Refused& e) {
    decline(what + ": " + e.what(), at);
  }
}

}  // namespace ws::codegen
