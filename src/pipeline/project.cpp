#include "pipeline/project.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "codegen/host_code.h"
#include "frontend/tokenizer.h"
#include "frontend/unsupported.h"

namespace ws::pipeline {
namespace {

namespace fs = std::filesystem;

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

bool is_package(const fs::path& dir) {
  return is_file(dir / "__init__.py");
}

// A regular package, or a directory without __init__.py inside one (a namespace package there, such
// as `pkg/_src/` under `pkg/__init__.py`): Python imports it under the package's name.
bool in_package(const fs::path& dir) {
  return is_package(dir) || (dir.has_relative_path() && is_package(dir.parent_path()));
}

bool is_project_root(const fs::path& dir) {
  return is_file(dir / "pyproject.toml") || is_file(dir / "setup.py") || is_file(dir / "setup.cfg");
}

// Installed code: its imports are the environment's, as for any installed package.
bool is_installed(const fs::path& dir) {
  for (const fs::path& part : dir) {
    if (part == "site-packages" || part == "dist-packages") return true;
  }
  return false;
}

bool is_identifier(const std::string& s) {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

// Top-level names a directory on sys.path provides: its modules (`x.py`) and packages (directories,
// namespace packages included).
void add_module_names(const fs::path& dir, std::vector<std::string>& out) {
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    const fs::path name = e.path().filename();
    std::string stem = name.string();
    if (e.is_directory(ec)) {
      if (is_identifier(stem)) out.push_back(stem);
    } else if (name.extension() == ".py") {
      stem = name.stem().string();
      if (is_identifier(stem)) out.push_back(stem);
    }
  }
}

// `a/b/c.py` -> "a.b.c"; `a/b/__init__.py` -> "a.b".
std::string dotted_name(const fs::path& relative) {
  std::string out;
  fs::path parts = relative.parent_path();
  if (relative.filename() != "__init__.py") parts /= relative.stem();
  for (const fs::path& part : parts) {
    if (part.empty() || part == ".") continue;
    out += (out.empty() ? "" : ".") + part.string();
  }
  return out;
}

// Whether `dir` holds the pinned Warp package: its warp/config.py says the version in WARP_VERSION
// (its lines end in CRLF as released).
bool holds_pinned_warp(const fs::path& dir) {
  std::ifstream in(dir / "warp" / "config.py", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const std::string s = text.str();
  const std::string_view line = "\nversion: str = \"" WS_WARP_VERSION "\"";
  const size_t at = s.find(line);
  return at != std::string::npos && at + line.size() < s.size() &&
         (s[at + line.size()] == '\n' || s[at + line.size()] == '\r');
}

// This checkout's .venv/lib/python3.*/site-packages, if it holds the pinned Warp (found once).
const std::string& venv_warp_parent() {
  static const std::string found = [] {
    std::error_code ec;
    for (const fs::directory_entry& e : fs::directory_iterator(fs::path(WS_SOURCE_DIR) / ".venv" / "lib", ec)) {
      const fs::path site = e.path() / "site-packages";
      if (e.path().filename().string().starts_with("python3") && holds_pinned_warp(site)) return site.string();
    }
    return std::string();
  }();
  return found;
}

}  // namespace

Project locate_project(const fs::path& file, const std::optional<fs::path>& root) {
  const fs::path abs = fs::absolute(file).lexically_normal();
  const fs::path dir = abs.parent_path();
  fs::path top;  // the root
  std::string module;
  std::vector<fs::path> sys_path;
  if (root) {
    top = fs::absolute(*root).lexically_normal();
    if (!top.has_filename()) top = top.parent_path();  // "dir/" spelled with its slash
    const fs::path rel = abs.lexically_relative(top);
    if (rel.empty() || *rel.begin() == "..")
      throw std::runtime_error(file.string() + ": error: not inside --root " + root->string());
    module = dotted_name(rel);
    sys_path.push_back(top);
  } else if (in_package(dir)) {
    top = dir;
    while (top.has_relative_path() && in_package(top)) top = top.parent_path();
    module = dotted_name(abs.lexically_relative(top));
    sys_path.push_back(top);
  } else {
    sys_path.push_back(dir);
    top = dir;
    for (fs::path up = dir; up.has_relative_path(); up = up.parent_path()) {
      if (is_project_root(up)) {
        top = up;
        if (up != dir) sys_path.push_back(up);
        break;
      }
    }
  }

  Project p;
  p.source_path = abs.lexically_relative(top).generic_string();
  p.package.root = top.string();
  p.package.module = module;
  for (const fs::path& d : sys_path) p.package.sys_path.push_back(d.string());
  // The root as the file's path spells it: as many `..` above the file's directory as levels between.
  fs::path shown = file.parent_path();
  for (const fs::path& part : dir.lexically_relative(top)) {
    if (part != ".") shown /= "..";
  }
  std::string& shown_root = p.package.shown_root = shown.lexically_normal().generic_string();
  if (shown_root == ".") shown_root.clear();
  if (shown_root.size() > 1 && shown_root.back() == '/') shown_root.pop_back();
  if (!is_installed(top)) {
    for (const fs::path& d : sys_path) add_module_names(d, p.local_modules);
    // `warp` is always the installed Warp, whatever a checkout of Warp's repository holds: the worker
    // imported it before any file.
    std::erase(p.local_modules, "warp");
    std::sort(p.local_modules.begin(), p.local_modules.end());
    p.local_modules.erase(std::unique(p.local_modules.begin(), p.local_modules.end()), p.local_modules.end());
  }
  return p;
}

std::optional<Diagnostic> unseen_import(std::string_view source, std::string_view path, const Project& project) {
  std::vector<codegen::HostImport> imports;
  std::vector<frontend::Token> tokens;
  try {
    tokens = frontend::tokenize(source);
    imports = codegen::scan_host_code(tokens).imports;
  } catch (const frontend::SyntaxError&) {
    return std::nullopt;
  } catch (const frontend::Unsupported&) {
    return std::nullopt;
  }
  for (const codegen::HostImport& i : imports) {
    if (i.name == "*") continue;  // the native backend reads those (import_search)
    const std::string first = i.module.substr(0, i.module.find('.'));
    const bool relative = i.module.starts_with('.');
    if (!relative && !std::binary_search(project.local_modules.begin(), project.local_modules.end(), first)) continue;
    Diagnostic d;
    d.file = std::string(path);
    d.line = i.pos.line;
    d.col = i.pos.col;
    d.kind = DiagnosticKind::Unsupported;
    d.message = "import of the project's own module '" + i.module +
                "' (Warp runs it first; the native backend reads only this file)";
    return d;
  }
  return std::nullopt;
}

codegen::ImportSearch import_search(const Project& project) {
  codegen::ImportSearch s;
  const fs::path root = project.package.root;
  s.file = (root / project.source_path).string();
  s.module = project.package.module;
  const bool init = fs::path(project.source_path).filename() == "__init__.py";
  const size_t dot = s.module.rfind('.');
  s.package = init ? s.module : dot == std::string::npos ? "" : s.module.substr(0, dot);
  s.roots = project.package.sys_path;
  s.local_modules = project.local_modules;
  const bool warp_file = s.module.starts_with("warp.") && is_file(root / "warp" / "__init__.py");
  s.warp_parent = warp_file && holds_pinned_warp(root) ? root.string() : venv_warp_parent();
  return s;
}

}  // namespace ws::pipeline
