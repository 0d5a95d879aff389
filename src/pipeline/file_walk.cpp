#include "pipeline/file_walk.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "dataset/file_io.h"

namespace ws::pipeline {
namespace {

namespace fs = std::filesystem;

bool skipped_dir(const fs::path& dir) {
  const std::string name = dir.filename().string();
  std::error_code ec;
  return name.starts_with('.') || name == "__pycache__" || name == "site-packages" || name == "dist-packages" ||
         fs::is_symlink(dir, ec) || fs::exists(dir / "pyvenv.cfg", ec);
}

bool kernel_file(const fs::path& file) {
  try {
    return defines_kernel(dataset::read_file(file));
  } catch (const std::exception&) {
    return true;  // listed, so that reading it reports why it cannot be read
  }
}

// `dir`'s Python files with kernels, sorted by their '/'-separated path.
std::vector<std::string> walk(const fs::path& dir) {
  std::vector<std::string> found;
  std::vector<fs::path> pending = {dir};
  while (!pending.empty()) {
    const fs::path d = pending.back();
    pending.pop_back();
    std::error_code ec, entry_ec;
    for (const fs::directory_entry& e : fs::directory_iterator(d, ec)) {
      const fs::path& p = e.path();
      if (e.is_directory(entry_ec)) {
        if (!skipped_dir(p)) pending.push_back(p);
      } else if (p.extension() == ".py" && !p.filename().string().starts_with('.') && kernel_file(p)) {
        found.push_back(p.generic_string());
      }
    }
    if (ec) found.push_back(d.generic_string());  // unreadable: reported when read
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

bool defines_kernel(std::string_view source) {
  for (size_t begin = 0; begin < source.size();) {
    size_t end = source.find('\n', begin);
    if (end == std::string_view::npos) end = source.size();
    std::string_view line = source.substr(begin, end - begin);
    begin = end + 1;
    const size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] != '@') continue;
    const size_t at = line.find("kernel", first);
    if (at == std::string_view::npos) continue;
    auto word = [](char c) { return c == '_' || std::isalnum(static_cast<unsigned char>(c)); };
    const size_t after = at + 6;
    if (!word(line[at - 1]) && (after == line.size() || !word(line[after]))) return true;
  }
  return false;
}

std::vector<std::string> find_python_files(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  std::set<fs::path> seen;  // absolute, normalized
  auto add = [&](const std::string& path) {
    if (seen.insert(fs::absolute(path).lexically_normal()).second) out.push_back(path);
  };
  for (const std::string& arg : args) {
    std::error_code ec;
    if (!fs::is_directory(arg, ec)) {
      add(arg);
      continue;
    }
    for (const std::string& f : walk(arg)) add(f);
  }
  return out;
}

}  // namespace ws::pipeline
