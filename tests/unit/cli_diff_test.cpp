// `diff --count N --seed S` checks exactly the kernels `generate --count N --seed S` draws: both take
// kernel i from pipeline::KernelStream. `diff --list` prints what diff would compare.
#include <gtest/gtest.h>
#include <unistd.h>

#include <map>
#include <sstream>
#include <string>

#include "core/sha256.h"
#include "reference/test_support.h"

namespace ws::testing {
namespace {

struct Listed {
  std::string sha256;
  std::string path;
};

// diff --list's lines by index; fails the test unless the indices are exactly 0..count-1 in order.
std::map<uint64_t, Listed> diff_list(uint64_t count, uint64_t seed) {
  const RunResult r = run(cli() + " diff --list --count " + std::to_string(count) + " --seed " + std::to_string(seed));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::map<uint64_t, Listed> out;
  std::istringstream in(r.out);
  uint64_t index = 0;
  for (Listed l; in >> index >> l.sha256 >> l.path;) {
    EXPECT_EQ(index, out.size());
    out[index] = l;
  }
  EXPECT_EQ(out.size(), count);
  return out;
}

// A generated dataset's records, by generation index: sha256 of the Python and the path.
std::map<uint64_t, Listed> generated(const std::filesystem::path& dir) {
  std::map<uint64_t, Listed> out;
  for (const auto& shard : dataset::list_shards(dir))
    dataset::for_each_line(shard, [&](std::string_view line) {
      const nlohmann::json r = nlohmann::json::parse(line);
      const bool fresh = out.emplace(r.at("index").get<uint64_t>(),
                                     Listed{hex(sha256(r.at("python").get<std::string>())), r.at("path")})
                             .second;
      EXPECT_TRUE(fresh) << "index written twice: " << r.at("index");
    });
  return out;
}

TEST(DiffList, CoversExactlyTheKernelsGenerateDraws) {
  const uint64_t seed = test_seed();
  constexpr uint64_t kCount = 500;
  const auto dir = temp_dir("stream");
  const std::string gen = cli() + " generate --quiet --ir none --jobs 2 --count " + std::to_string(kCount) +
                          " --seed " + std::to_string(seed) + " --out " + dir.string();

  // Without dedup, generate writes kernels 0..499: the very kernels `diff --count 500` compares.
  RunResult g = run(gen + " --no-dedup");
  ASSERT_EQ(g.exit_code, 0) << g.err;
  const std::map<uint64_t, Listed> all = generated(dir);
  const std::map<uint64_t, Listed> listed = diff_list(kCount, seed);
  ASSERT_EQ(all.size(), kCount);
  for (const auto& [i, l] : listed) {
    ASSERT_TRUE(all.contains(i)) << i;
    EXPECT_EQ(all.at(i).sha256, l.sha256) << "kernel " << i;
    EXPECT_EQ(all.at(i).path, l.path) << "kernel " << i;
  }

  // With dedup, each written record is the kernel diff lists at its index, and the indices generate
  // drew (written, duplicates and failures, as the manifest counts them) are exactly 0..drawn-1.
  std::filesystem::remove_all(dir);
  g = run(gen);
  ASSERT_EQ(g.exit_code, 0) << g.err;
  const nlohmann::json counts = nlohmann::json::parse(read_file(dir / "manifest.json")).at("counts");
  const uint64_t drawn = counts.at("drawn");
  EXPECT_EQ(counts.at("written").get<uint64_t>(), kCount);
  EXPECT_EQ(drawn, kCount + counts.at("duplicates").get<uint64_t>() + counts.at("failures").size());
  const std::map<uint64_t, Listed> written = generated(dir);
  const std::map<uint64_t, Listed> listed_drawn = diff_list(drawn, seed);
  EXPECT_EQ(written.size(), kCount);
  for (const auto& [i, w] : written) {
    ASSERT_LT(i, drawn);
    EXPECT_EQ(listed_drawn.at(i).sha256, w.sha256) << "kernel " << i;
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ws::testing
