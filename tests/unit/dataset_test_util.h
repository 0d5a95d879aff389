// Helpers shared by the dataset output layer's tests: scratch directories and reading shards back
// with libzstd and OpenSSL independently of the code under test.
#pragma once

#include <openssl/sha.h>
#include <stdlib.h>
#include <zstd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace ws::dataset::testing {

// A fresh directory under /tmp, removed with everything in it when the object dies.
class ScratchDir {
 public:
  ScratchDir() {
    char tmpl[] = "/tmp/ws_dataset_test_XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void spit(const std::filesystem::path& p, const std::string& content) {
  std::ofstream out(p, std::ios::binary);
  out << content;
}

// Decompresses a whole .zst file (every frame) with the one-shot-per-frame API.
inline std::string decompress(const std::string& compressed) {
  std::string out;
  ZSTD_DCtx* dctx = ZSTD_createDCtx();
  std::vector<char> buf(ZSTD_DStreamOutSize());
  ZSTD_inBuffer in{compressed.data(), compressed.size(), 0};
  size_t ret = 0;
  while (in.pos < in.size) {
    ZSTD_outBuffer o{buf.data(), buf.size(), 0};
    ret = ZSTD_decompressStream(dctx, &o, &in);
    if (ZSTD_isError(ret)) {
      ZSTD_freeDCtx(dctx);
      throw std::runtime_error(ZSTD_getErrorName(ret));
    }
    out.append(buf.data(), o.pos);
  }
  ZSTD_freeDCtx(dctx);
  if (ret != 0) throw std::runtime_error("truncated zstd frame");
  return out;
}

inline std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  return lines;
}

inline std::string sha256_hex(const std::string& data) {
  unsigned char d[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), d);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : d) out += {hex[c >> 4], hex[c & 15]};
  return out;
}

// File names in `dir`, sorted.
inline std::vector<std::string> list_dir(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// A JSON line of about `size` bytes, different for every `i`, compressible like generated code.
inline std::string fake_line(uint64_t i, size_t size) {
  std::string line = "{\"index\":" + std::to_string(i) + ",\"python\":\"";
  uint64_t x = i * 0x9E3779B97F4A7C15ull + 1;
  while (line.size() + 3 < size) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    line += "    v" + std::to_string(x % 97) + " = wp.vec3(" + std::to_string(x % 1000) + ".0)\\n";
  }
  line += "\"}\n";
  return line;
}

}  // namespace ws::dataset::testing
