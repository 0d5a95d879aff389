#include "core/sha256.h"

#include <openssl/evp.h>

#include <new>
#include <stdexcept>

namespace ws {
namespace {

const EVP_MD* sha256_md() {
  static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  if (!md) throw std::runtime_error("OpenSSL has no SHA256");
  return md;
}

void check(int ok, const char* what) {
  if (ok != 1) throw std::runtime_error(std::string("sha256 ") + what + " failed");
}

}  // namespace

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
  if (!ctx_) throw std::bad_alloc();
  reset();
}

Sha256::~Sha256() {
  EVP_MD_CTX_free(ctx_);
}

void Sha256::update(const void* data, size_t size) {
  check(EVP_DigestUpdate(ctx_, data, size), "update");
}

Sha256Digest Sha256::finish() {
  Sha256Digest d;
  check(EVP_DigestFinal_ex(ctx_, d.data(), nullptr), "final");
  reset();
  return d;
}

void Sha256::reset() {
  check(EVP_DigestInit_ex(ctx_, sha256_md(), nullptr), "init");
}

Sha256Digest sha256(std::string_view data) {
  Sha256Digest d;
  check(EVP_Digest(data.data(), data.size(), d.data(), nullptr, sha256_md(), nullptr), "digest");
  return d;
}

std::string hex(const Sha256Digest& d, size_t bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * bytes);
  for (size_t i = 0; i < bytes && i < d.size(); ++i) {
    out += kDigits[d[i] >> 4];
    out += kDigits[d[i] & 15];
  }
  return out;
}

}  // namespace ws
