// Helpers for reference tests: run the warpsynth CLI or the independent Warp oracle script and
// capture what they print.
#pragma once

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "dataset/shard_reader.h"

namespace ws::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `command` through the shell; stdout and stderr are captured separately.
inline RunResult run(const std::string& command) {
  const auto err_path = std::filesystem::temp_directory_path() / ("ws_test_err_" + std::to_string(getpid()));
  RunResult r;
  FILE* p = popen((command + " 2>" + err_path.string()).c_str(), "r");
  if (!p) return r;
  std::array<char, 65536> buf;
  for (size_t n; (n = fread(buf.data(), 1, buf.size(), p)) > 0;) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  r.err = read_file(err_path);
  std::filesystem::remove(err_path);
  return r;
}

inline std::string cli() {
  return WS_CLI_PATH;
}
// With the workers' fixed hash seed, so set iteration inside Warp orders things the same way.
inline std::string python() {
  return "PYTHONHASHSEED=0 " + std::string(WS_SOURCE_DIR) + "/.venv/bin/python";
}
inline std::string tests_dir() {
  return WS_TESTS_DIR;
}

// Real Warp's codegen of a whole file, imported as a normal module by tests/reference/warp_module_codegen.py.
inline nlohmann::json warp_oracle(const std::string& file, const std::string& devices = "cpu,cuda") {
  RunResult r = run(python() + " " + tests_dir() + "/reference/warp_module_codegen.py " + file + " " + devices);
  if (r.exit_code != 0) throw std::runtime_error("oracle failed: " + r.err);
  const size_t start = r.out.rfind("\n{");  // Warp may print a banner before the JSON line
  return nlohmann::json::parse(start == std::string::npos ? r.out : r.out.substr(start + 1));
}

// Parses JSON lines.
inline std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::stringstream ss(text);
  for (std::string line; std::getline(ss, line);)
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  return out;
}

// All record lines of a dataset directory ('\n'-terminated), by split name, in shard order.
inline std::map<std::string, std::string> dataset_text(const std::filesystem::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& f : dataset::list_shards(dir)) {
    const std::string name = f.filename().string();
    std::string& text = out[name.substr(0, name.find('-'))];
    dataset::for_each_line(f, [&](std::string_view line) {
      text += line;
      text += '\n';
    });
  }
  return out;
}

// Empty when both datasets hold the same lines; otherwise where they first differ (not the whole text).
inline std::string first_mismatch(const std::map<std::string, std::string>& a,
                                  const std::map<std::string, std::string>& b) {
  for (const auto& [split, text] : a) {
    auto it = b.find(split);
    if (it == b.end()) return "split " + split + " missing on the right";
    if (text == it->second) continue;
    std::stringstream x(text), y(it->second);
    std::string lx, ly;
    for (int line = 1;; ++line) {
      const bool gx = static_cast<bool>(std::getline(x, lx)), gy = static_cast<bool>(std::getline(y, ly));
      if (!gx || !gy || lx != ly)
        return split + " line " + std::to_string(line) + " differs:\n  left:  " + lx.substr(0, 300) +
               "\n  right: " + ly.substr(0, 300);
    }
  }
  return a.size() == b.size() ? "" : "different split sets";
}

// A per-run seed, printed so a failure can be replayed with WS_TEST_SEED.
inline uint64_t test_seed() {
  static const uint64_t seed = [] {
    const char* env = std::getenv("WS_TEST_SEED");
    uint64_t s = env ? std::stoull(env) : static_cast<uint64_t>(std::random_device{}()) % 1000000;
    std::printf("[ws] test seed %llu (replay with WS_TEST_SEED=%llu)\n", static_cast<unsigned long long>(s),
                static_cast<unsigned long long>(s));
    return s;
  }();
  return seed;
}

inline std::filesystem::path temp_dir(const std::string& name) {
  auto p = std::filesystem::temp_directory_path() / ("ws_test_" + std::to_string(getpid()) + "_" + name);
  std::filesystem::remove_all(p);
  return p;
}

}  // namespace ws::testing
