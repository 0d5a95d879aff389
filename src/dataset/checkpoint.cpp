#include "dataset/checkpoint.h"

#include <fcntl.h>

#include <stdexcept>

#include "dataset/file_io.h"

namespace ws::dataset {
namespace {

constexpr int kVersion = 1;

std::filesystem::path checkpoint_file(const std::filesystem::path& dir, std::string_view name = "checkpoint.json") {
  return checkpoint_dir(dir) / name;
}
std::filesystem::path seen_file(const std::filesystem::path& dir) {
  return checkpoint_dir(dir) / "seen.bin";
}

void put_le64(unsigned char* p, uint64_t v) {
  for (int i = 0; i < 8; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}
uint64_t get_le64(const unsigned char* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= uint64_t{p[i]} << (8 * i);
  return v;
}

}  // namespace

std::filesystem::path checkpoint_dir(const std::filesystem::path& dir) {
  return dir / ".warpsynth";
}

bool has_checkpoint(const std::filesystem::path& dir) {
  return std::filesystem::exists(checkpoint_file(dir));
}

void save_checkpoint(const std::filesystem::path& dir, const Checkpoint& checkpoint, SeenSet& seen,
                     std::string_view name) {
  make_dirs(checkpoint_dir(dir));
  const std::vector<uint64_t>& pending = seen.pending();
  const uint64_t committed = seen.size() - pending.size();

  // Write at the committed length rather than append: that overwrites whatever a failed save left.
  std::vector<unsigned char> bytes(8 * pending.size());
  for (size_t i = 0; i < pending.size(); ++i) put_le64(bytes.data() + 8 * i, pending[i]);
  File f(seen_file(dir), O_WRONLY | O_CREAT);
  f.pwrite_all(bytes.data(), bytes.size(), 8 * committed);
  f.sync();
  f.close();

  nlohmann::json j{
      {"version", kVersion},       {"fingerprint", checkpoint.fingerprint}, {"next_index", checkpoint.next_index},
      {"seen_count", seen.size()}, {"counters", checkpoint.counters},       {"shards", checkpoint.shards}};
  write_file_atomic(checkpoint_file(dir, name), j.dump(1) + "\n");
  seen.clear_pending();
}

void remove_checkpoint(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::remove_all(checkpoint_dir(dir), ec);
  if (ec) throw std::runtime_error("cannot delete " + checkpoint_dir(dir).string() + ": " + ec.message());
}

Checkpoint load_checkpoint(const std::filesystem::path& dir, std::string_view fingerprint, SeenSet& seen,
                           std::string_view name) {
  const std::filesystem::path path = checkpoint_file(dir, name);
  Checkpoint cp;
  uint64_t seen_count = 0;
  try {
    const nlohmann::json j = nlohmann::json::parse(read_file(path));
    if (j.at("version").get<int>() != kVersion)
      throw std::runtime_error("unsupported checkpoint version " + j.at("version").dump());
    j.at("fingerprint").get_to(cp.fingerprint);
    j.at("next_index").get_to(cp.next_index);
    j.at("seen_count").get_to(seen_count);
    cp.counters = j.at("counters");
    j.at("shards").get_to(cp.shards);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error("corrupt checkpoint " + path.string() + ": " + e.what());
  }
  if (cp.fingerprint != fingerprint)
    throw std::runtime_error("cannot resume " + dir.string() +
                             ": it was generated with different options.\n  checkpoint: " + cp.fingerprint +
                             "\n  now:        " + std::string(fingerprint) +
                             "\nRerun with the original options, or use --force to start over.");

  File f(seen_file(dir), O_RDWR);
  if (f.size() < 8 * seen_count)
    throw std::runtime_error("corrupt checkpoint: " + f.path().string() + " holds fewer than the " +
                             std::to_string(seen_count) + " hashes " + path.string() + " records");
  f.truncate(8 * seen_count);
  std::vector<unsigned char> bytes(8 * seen_count);
  f.read_all(bytes.data(), bytes.size(), 0);
  f.close();
  std::vector<uint64_t> keys(seen_count);
  for (size_t i = 0; i < keys.size(); ++i) keys[i] = get_le64(bytes.data() + 8 * i);
  seen.restore(keys);
  return cp;
}

}  // namespace ws::dataset
