// SHA-256, the one hash that names things in warpsynth: Warp's module and struct hashes (codegen),
// record ids and shard checksums (dataset). OpenSSL 3 looks EVP_sha256() up in its provider tables
// on every use; the digest is fetched once here instead (0.12 against 0.33 us per short hash, and
// the native backend hashes several times per kernel).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace ws {

using Sha256Digest = std::array<uint8_t, 32>;

// Incremental hashing; finish() returns the digest and starts over for the next message.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(const void* data, size_t size);
  void update(std::string_view s) { update(s.data(), s.size()); }
  void update(const Sha256Digest& d) { update(d.data(), d.size()); }
  Sha256Digest finish();
  void reset();  // drops what was fed since the last finish()

 private:
  evp_md_ctx_st* ctx_;
};

Sha256Digest sha256(std::string_view data);

// Lowercase hex of the first `bytes` bytes of `d`.
std::string hex(const Sha256Digest& d, size_t bytes = 32);

}  // namespace ws
