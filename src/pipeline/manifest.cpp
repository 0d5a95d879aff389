#include "pipeline/manifest.h"

#include <ctime>

#include "dataset/file_io.h"

namespace ws::pipeline {
namespace {

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

}  // namespace

void write_manifest(const std::filesystem::path& dir, const ManifestInfo& info) {
  nlohmann::ordered_json shard_list = nlohmann::ordered_json::array();
  for (const auto& sh : info.shards) {
    nlohmann::ordered_json j;
    to_json(j, sh);
    shard_list.push_back(std::move(j));
  }
  nlohmann::ordered_json m = {
      {"generator", "warpsynth"},     {"warp_version", info.warp_version}, {"created", utc_now()},
      {"command", info.command_line}, {"options", info.options},           {"counts", info.counts},
      {"shards", shard_list},         {"elapsed_seconds", info.seconds},
  };
  dataset::write_file_atomic(dir / "manifest.json", m.dump(2) + "\n");
}

}  // namespace ws::pipeline
