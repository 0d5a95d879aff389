// `generate --verify run` on tiled kernels (launch contract with "block_dim" and tile-shaped arrays):
// the verifier runs each block's 256 lanes cooperatively, as Warp's CPU block runtime does with
// wp.config.enable_cpu_blocks, so tile loads, reductions and transposes that need every lane's share
// come out right (a runner that runs the lanes one after the other, without barriers, gets them
// wrong); and its digests are what real Warp's wp.launch_tiled computes (scripts/verify_check.py).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "dataset/record.h"
#include "pipeline/backend.h"
#include "test_support.h"
#include "verify/verify.h"

namespace ws::testing {
namespace {

const char* kTiles = R"(import warp as wp

TILE = wp.constant(64)

@wp.func
def soften(x: float) -> float:
    return x / (1.0 + wp.abs(x))

@wp.kernel
def tile_blend(a: wp.array(dtype=float), b: wp.array(dtype=float), out: wp.array(dtype=float), sums: wp.array(dtype=float)):
    i = wp.tid()
    ta = wp.tile_load(a, shape=TILE, offset=i * TILE)
    tb = wp.tile_load(b, shape=TILE, offset=i * TILE)
    t = wp.tile_map(wp.sin, ta) + tb * 0.5
    u = wp.tile_map(soften, t)
    s = wp.tile_sum(u)
    wp.tile_store(out, u, offset=i * TILE)
    wp.tile_store(sums, s, offset=i)

@wp.kernel
def tile2d(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):
    i, j = wp.tid()
    t = wp.tile_load(a, shape=(16, 16), offset=(i * 16, j * 16))
    wp.tile_store(out, wp.tile_transpose(t), offset=(j * 16, i * 16))

@wp.kernel
def rows(m: wp.array2d(dtype=float), rowsum: wp.array(dtype=float)):
    i = wp.tid()
    t = wp.tile_load(m, shape=(8, 32), offset=(i * 8, 0))
    wp.tile_store(rowsum, wp.tile_sum(t, axis=1), offset=i * 8)
)";

struct Case {
  const char* name;
  const char* launch;
};
const Case kCases[] = {
    {"tile_blend",
     R"({"ndim": 1, "block_dim": 256, "arrays": {"a": {"tile": [64]}, "b": {"tile": [64]}, "out": {"tile": [64]},
         "sums": "launch"}, "scalars": {}, "float_range": [-1.0, 1.0], "int_range": [0, 8]})"},
    {"tile2d", R"({"ndim": 2, "block_dim": 256, "arrays": {"a": {"tile": [16, 16]},
                   "out": {"tile": [16, 16], "axes": [1, 0]}}, "scalars": {}})"},
    {"rows", R"({"ndim": 1, "block_dim": 256, "arrays": {"m": {"tile": [8, 32]}, "rowsum": {"tile": [8]}},
                 "scalars": {}})"},
};

// The kernels of `python` compiled for the CPU (native backend, Warp for what it declines), each with
// its launch contract.
std::vector<verify::Kernel> kernels_of(const std::string& python,
                                       const std::vector<std::pair<std::string, std::string>>& launch) {
  pipeline::Backend backend(BackendKind::Native, 1, {Device::Cpu});
  std::vector<pipeline::Compiled> out = backend.compile({{python, "warpsynth/tiles.py"}});
  EXPECT_TRUE(out[0].ok) << out[0].diagnostic.str();
  std::vector<verify::Kernel> ks;
  for (const auto& [name, contract] : launch) {
    verify::Kernel k;
    for (const KernelInfo& info : out[0].ir.kernels)
      if (info.name == name) k.mangled = info.mangled;
    EXPECT_FALSE(k.mangled.empty()) << name;
    k.module = out[0].ir.devices.at(0).source;
    k.launch = contract;
    k.python = python;
    k.input_seed = 11;
    ks.push_back(k);
  }
  return ks;
}

// Input component k of a float array over [-1, 1] (verify/verify.h).
float input(uint64_t seed, uint64_t k) {
  uint64_t x = seed + k + 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return static_cast<float>(-1.0 + static_cast<double>(x >> 11) * (1.0 / 9007199254740992.0) * 2.0);
}

std::string bytes_of(const std::vector<float>& v) {
  return std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(float));
}

// Writes the kernels' records (with the verifier's results) as a dataset and runs scripts/verify_check.py
// on it: every digest must be what real Warp's own wp.launch_tiled computes on the same inputs.
void check_with_warp(const std::string& source, const std::vector<verify::Kernel>& ks,
                     const std::vector<verify::Result>& r, const std::vector<std::string>& names) {
  const auto dir = temp_dir("verify_tiled");
  std::filesystem::create_directories(dir / "data");
  {
    std::ofstream jl(dir / "data" / "shard.jsonl");
    for (size_t i = 0; i < ks.size(); ++i)
      jl << nlohmann::json{{"index", i},       {"kernel_name", names[i]}, {"path", "warpsynth/tiles.py"},
                           {"python", source}, {"launch", ks[i].launch},  {"verification", r[i].verification}}
                .dump()
         << "\n";
  }
  const std::string jsonl = (dir / "data" / "shard.jsonl").string();
  RunResult pack = run(python() +
                       " -c \"import sys, zstandard; open(sys.argv[1] + '.zst', 'wb').write("
                       "zstandard.ZstdCompressor().compress(open(sys.argv[1], 'rb').read()))\" " +
                       jsonl);
  ASSERT_EQ(pack.exit_code, 0) << pack.err;
  std::filesystem::remove(jsonl);
  RunResult check = run(python() + " " + std::string(WS_SOURCE_DIR) + "/scripts/verify_check.py " + dir.string());
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("summary: ok " + std::to_string(ks.size())), std::string::npos) << check.out;
  std::filesystem::remove_all(dir);
}

TEST(VerifyTiled, TileKernelsRunCooperativelyAndMatchWarp) {
  verify::Options o;
  o.warp_include = verify::find_warp_include({});
  o.timeout_seconds = 120;
  std::vector<std::pair<std::string, std::string>> launch;
  for (const Case& c : kCases) launch.emplace_back(c.name, c.launch);
  const std::vector<verify::Kernel> ks = kernels_of(kTiles, launch);
  // Each kernel alone (one compile each) for its time, then all three checked.
  std::vector<verify::Result> r;
  for (size_t i = 0; i < ks.size(); ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    r.push_back(verify::verify({ks[i]}, o)[0]);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("verify %s: %.2f s (compile and run)\n", kCases[i].name, s);
    ASSERT_EQ(r[i].reason, "") << kCases[i].name << ": " << r[i].detail;
  }
  const nlohmann::json blend = nlohmann::json::parse(r[0].verification);
  const nlohmann::json t2d = nlohmann::json::parse(r[1].verification);
  EXPECT_EQ(blend["launch"], nlohmann::json::array({37}));
  EXPECT_EQ(t2d["launch"], nlohmann::json::array({37, 3}));

  // tile2d: `out` (48 x 592) is the transpose of `a` (592 x 48), drawn first. Lanes that did not wait
  // for each other at the tile barriers would store a transpose of a partly loaded tile.
  const uint64_t seed = 11;
  std::vector<float> a(592 * 48), t(48 * 592);
  for (size_t k = 0; k < a.size(); ++k) a[k] = input(seed, k);
  for (int y = 0; y < 48; ++y)
    for (int x = 0; x < 592; ++x) t[y * 592 + x] = a[x * 48 + y];
  EXPECT_EQ(t2d["outputs"]["a"], short_sha256(bytes_of(a)));
  EXPECT_EQ(t2d["outputs"]["out"], short_sha256(bytes_of(t)));

  // tile_blend: out = soften(sin(a) + 0.5 b) element by element (a and b are the first 2 x 2368 inputs).
  std::vector<float> out(2368);
  for (size_t k = 0; k < out.size(); ++k) {
    const float v = std::sin(input(seed, k)) + input(seed, 2368 + k) * 0.5f;
    out[k] = v / (1.0f + std::fabs(v));
  }
  EXPECT_EQ(blend["outputs"]["out"], short_sha256(bytes_of(out)));

  // The three records, with these verifications, against real Warp's own tiled CPU launch (all digests,
  // the tile_sum reductions and every gradient included).
  check_with_warp(kTiles, ks, r, {"tile_blend", "tile2d", "rows"});
}

// wp.tile_sort: after a barrier, the lowest live lane (wp_cpu_get_first_active_lane) sorts the shared
// tile alone (Warp's native backend declines the builtin: the module is real Warp's).
const char* kSort = R"(import warp as wp

TILE = wp.constant(64)

@wp.kernel
def sort_tiles(keys: wp.array(dtype=float), vals: wp.array(dtype=int), out_k: wp.array(dtype=float), out_v: wp.array(dtype=int)):
    i = wp.tid()
    k = wp.tile_load(keys, shape=TILE, offset=i * TILE, storage="shared")
    v = wp.tile_load(vals, shape=TILE, offset=i * TILE, storage="shared")
    wp.tile_sort(k, v)
    wp.tile_store(out_k, k, offset=i * TILE)
    wp.tile_store(out_v, v, offset=i * TILE)
)";

TEST(VerifyTiled, TileSortElectsOneLane) {
  verify::Options o;
  o.warp_include = verify::find_warp_include({});
  o.timeout_seconds = 120;
  const std::vector<verify::Kernel> ks = kernels_of(
      kSort, {{"sort_tiles", R"({"ndim": 1, "block_dim": 256, "arrays": {"keys": {"tile": [64]}, "vals": {"tile": [64]},
                 "out_k": {"tile": [64]}, "out_v": {"tile": [64]}}, "scalars": {}, "int_range": [0, 1000]})"}});
  const std::vector<verify::Result> r = verify::verify(ks, o);
  ASSERT_EQ(r[0].reason, "") << r[0].detail;
  const nlohmann::json v = nlohmann::json::parse(r[0].verification);
  // Each tile of 64 keys sorted, its values carried along (random keys: no ties).
  const uint64_t seed = 11;
  std::vector<float> keys(2368), sorted(2368);
  for (size_t k = 0; k < keys.size(); ++k) keys[k] = input(seed, k);
  for (size_t t = 0; t < 37; ++t) {
    std::vector<float> tile(keys.begin() + t * 64, keys.begin() + (t + 1) * 64);
    std::sort(tile.begin(), tile.end());
    std::copy(tile.begin(), tile.end(), sorted.begin() + t * 64);
  }
  EXPECT_EQ(v["outputs"]["out_k"], short_sha256(bytes_of(sorted)));
  check_with_warp(kSort, ks, r, {"sort_tiles"});
}

}  // namespace
}  // namespace ws::testing
