#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "dataset/record.h"

namespace ws {
namespace {

// Kernel k_0123abcd's forward and backward entry points as Warp writes them for the CPU, with the
// given body lines.
std::string kernel_entries(const std::string& forward_body, const std::string& backward_body) {
  std::string out;
  for (const auto& [which, body] : {std::pair{"forward", forward_body}, std::pair{"backward", backward_body}}) {
    if (!out.empty()) out += "\n";
    out += std::string("template <bool wp_linear_contiguous>\nstatic void k_0123abcd_cpu_kernel_") + which +
           "(\n    wp::launch_bounds_t<1> dim)\n{\n" + body + "}\n";
  }
  return out;
}

// A hand-written miniature of a Warp CPU module: one user function (forward + adjoint), an unused
// function, and one kernel with forward and backward entry points.
const std::string kModule =
    "#define WP_NO_BFLOAT16\n"
    "\n"
    "// warpsynth/k.py:3\n"
    "static wp::float32 sq_0(\n"
    "    wp::float32 var_x)\n"
    "{\n"
    "    return wp::mul(var_x, var_x);\n"
    "}\n"
    "\n"
    "// warpsynth/k.py:7\n"
    "static wp::float32 unused_0(\n"
    "    wp::float32 var_x)\n"
    "{\n"
    "    return var_x;\n"
    "}\n"
    "\n"
    "// warpsynth/k.py:3\n"
    "static void adj_sq_0(\n"
    "    wp::float32 var_x, wp::float32 & adj_x, wp::float32 & adj_ret)\n"
    "{\n"
    "    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_ret);\n"
    "}\n"
    "\n"
    "struct wp_args_k_0123abcd {\n"
    "    wp::array_t<wp::float32> a;\n"
    "};\n"
    "\n" +
    kernel_entries("    var_1 = sq_0(var_0);\n", "    adj_sq_0(var_0, adj_0, adj_1);\n") +
    "\n"
    "extern \"C\" {\n"
    "WP_API void k_0123abcd_cpu_forward()\n"
    "{\n"
    "}\n";

TEST(SplitKernel, TakesForwardBackwardAndReachableFunctions) {
  const DeviceModule m{Device::Cpu, kModule};
  DeviceIr ir = split_kernel(m, {"k", "k_0123abcd", 9}, false);
  EXPECT_EQ(ir.forward,
            "template <bool wp_linear_contiguous>\n"
            "static void k_0123abcd_cpu_kernel_forward(\n"
            "    wp::launch_bounds_t<1> dim)\n"
            "{\n"
            "    var_1 = sq_0(var_0);\n"
            "}\n");
  EXPECT_EQ(ir.backward,
            "template <bool wp_linear_contiguous>\n"
            "static void k_0123abcd_cpu_kernel_backward(\n"
            "    wp::launch_bounds_t<1> dim)\n"
            "{\n"
            "    adj_sq_0(var_0, adj_0, adj_1);\n"
            "}\n");
  ASSERT_EQ(ir.functions.size(), 2u);
  EXPECT_TRUE(ir.functions[0].starts_with("// warpsynth/k.py:3\nstatic wp::float32 sq_0(\n"));
  EXPECT_TRUE(ir.functions[1].starts_with("// warpsynth/k.py:3\nstatic void adj_sq_0(\n"));
  EXPECT_TRUE(ir.functions[1].ends_with("}\n"));
  EXPECT_TRUE(ir.module.empty());
}

// Warp echoes each Python statement as a comment, so a kernel's name can appear in a body; the
// backward entry is looked for only after the forward function ends.
TEST(SplitKernel, BackwardIsSearchedAfterTheForwardEnds) {
  const std::string module =
      kernel_entries("    // s = 'k_0123abcd_cpu_kernel_backward(x)'                    <L 5>\n", "");
  const DeviceModule m{Device::Cpu, module};
  DeviceIr ir = split_kernel(m, {"k", "k_0123abcd", 9}, false);
  EXPECT_EQ(ir.forward, module.substr(0, module.find("}\n") + 2));
  EXPECT_EQ(ir.backward, module.substr(module.rfind("template")));
}

TEST(SplitKernel, KeepsModuleOnRequestAndRejectsUnknownKernel) {
  const DeviceModule m{Device::Cpu, kModule};
  EXPECT_EQ(split_kernel(m, {"k", "k_0123abcd", 9}, true).module, kModule);
  EXPECT_THROW(split_kernel(m, {"q", "q_ffffffff", 1}, false), std::runtime_error);
}

TEST(Json, EscapesRoundTripThroughAParser) {
  const std::string nasty = std::string("quote\" back\\ nl\n tab\t cr\r bell\x07 nul") + '\0' + " utf8 \xc3\xa9";
  std::string out;
  append_json_string(out, nasty);
  EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), nasty);
}

// The escaper tests 16 bytes at a time: put every kind of byte at every offset of a block, in strings
// of every length around the block size, and check what nlohmann's parser reads back and that the
// output is byte-identical to nlohmann's own escaping (which writes the same short escapes).
TEST(Json, EscapesEveryByteAtEveryOffset) {
  for (int len = 0; len <= 40; ++len) {
    for (int at = 0; at < len; ++at) {
      for (int b : {0x00, 0x01, 0x08, 0x0a, 0x0d, 0x1f, 0x20, 0x22, 0x5c, 0x7f, 0xc3}) {
        std::string s(static_cast<size_t>(len), 'a');
        s[static_cast<size_t>(at)] = static_cast<char>(b);
        if (b == 0xc3) {
          if (at + 1 >= len) continue;  // keep the UTF-8 valid for the parser
          s[static_cast<size_t>(at) + 1] = static_cast<char>(0xa9);
        }
        std::string out;
        append_json_string(out, s);
        ASSERT_EQ(nlohmann::json::parse(out).get<std::string>(), s) << "len " << len << " at " << at << " byte " << b;
        ASSERT_EQ(out, nlohmann::json(s).dump()) << "len " << len << " at " << at << " byte " << b;
      }
    }
  }
}

// The output is sized for a few escapes up front; text that is mostly escapes (up to six bytes each)
// must grow it without losing what was written, at any length and after a prefix already in `out`.
TEST(Json, EscapeHeavyTextGrowsTheOutput) {
  for (size_t len : {1u, 15u, 16u, 17u, 100u, 1000u, 5000u}) {
    for (char fill : {'\x01', '\n', '"'}) {
      std::string s(len, fill);
      for (size_t i = 0; i < len; i += 7) s[i] = 'x';
      std::string out = "prefix:";
      append_json_string(out, s);
      ASSERT_EQ(out, "prefix:" + nlohmann::json(s).dump()) << "len " << len << " fill " << int(fill);
    }
  }
}

TEST(Json, RecordLineHasFieldsInDocumentedOrder) {
  Record r;
  r.id = "abc";
  r.index = 3;
  r.seed = 9;
  r.preset = "loop";
  r.kernel_name = "k";
  r.mangled_name = "k_1";
  r.path = "warpsynth/k.py";
  r.python = "import warp as wp\n";
  r.struct_hash = "ff";
  r.features = {"for_dynamic", "vec3"};
  r.launch = R"({"ndim": 1, "arrays": {"a": "launch"}})";
  r.backend = BackendKind::Warp;
  r.warp_version = "1.19.0";
  r.cpu = DeviceIr{"f", "b", {"fn"}, ""};
  const std::string line = to_json_line(r);
  ASSERT_TRUE(line.ends_with("}\n"));
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  auto j = nlohmann::ordered_json::parse(line);
  std::vector<std::string> keys;
  for (auto& [k, v] : j.items()) keys.push_back(k);
  const std::vector<std::string> expected = {"id",           "index",   "seed",         "preset",      "kernel_name",
                                             "mangled_name", "path",    "python",       "struct_hash", "features",
                                             "launch",       "backend", "warp_version", "cpu",         "cuda"};
  EXPECT_EQ(keys, expected);
  EXPECT_EQ(j["cpu"]["functions"][0], "fn");
  EXPECT_FALSE(j["cpu"].contains("module"));
  EXPECT_TRUE(j["cuda"].is_null());
  EXPECT_EQ(j["features"][1], "vec3");
  // The contract is a string holding a JSON object (its keys vary by kernel; the schema must not).
  ASSERT_TRUE(j["launch"].is_string());
  EXPECT_EQ(nlohmann::json::parse(j["launch"].get<std::string>())["arrays"]["a"], "launch");
}

TEST(Json, ExtractedRecordsCarryProvenanceAfterPath) {
  Record r;
  r.path = "proj/pkg/k.py";
  r.provenance = Provenance{"pkg/k.py", 12, std::nullopt};
  auto j = nlohmann::ordered_json::parse(to_json_line(r));
  std::vector<std::string> keys;
  for (auto& [k, v] : j.items()) keys.push_back(k);
  ASSERT_GE(keys.size(), 10u);
  EXPECT_EQ(std::vector<std::string>(keys.begin() + 6, keys.begin() + 10),
            (std::vector<std::string>{"path", "source_path", "source_line", "license"}));
  EXPECT_EQ(j["source_path"], "pkg/k.py");
  EXPECT_EQ(j["source_line"], 12);
  EXPECT_TRUE(j["license"].is_null());
  r.provenance->license = "Apache-2.0";
  EXPECT_EQ(nlohmann::json::parse(to_json_line(r))["license"], "Apache-2.0");
}

TEST(Sha, ShortSha256MatchesKnownVector) {
  // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2).
  EXPECT_EQ(short_sha256("abc"), "ba7816bf8f01cfea");
}

}  // namespace
}  // namespace ws
