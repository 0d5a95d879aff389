// `warpsynth extract` on a multi-file project (tests/data/extract_project: a package whose modules
// import each other relatively and absolutely, a script beside it, a file whose import is missing here)
// into a dataset directory, against Warp's own codegen of each module imported as the project itself
// imports it (tests/reference/warp_package_codegen.py, which shares no code with the worker); and
// `diff` on the file Warp cannot import here.
#include <gtest/gtest.h>

#include "dataset/split.h"
#include "test_support.h"

namespace ws::testing {
namespace {

const std::string kProject = std::string(WS_TESTS_DIR) + "/data/extract_project";

// Real Warp's codegen of `target` (a dotted module, or a script's path) with `sys_path` first.
nlohmann::json package_oracle(const std::string& sys_path, const std::string& target) {
  RunResult r =
      run(python() + " " + tests_dir() + "/reference/warp_package_codegen.py " + sys_path + " " + target + " cpu,cuda");
  if (r.exit_code != 0) throw std::runtime_error("oracle failed: " + r.err);
  return nlohmann::json::parse(r.out.substr(r.out.rfind("\n{") == std::string::npos ? 0 : r.out.rfind("\n{") + 1));
}

// The line of `def NAME` in FILE, minus one: the line of its decorator.
int decorator_line(const std::string& file, const std::string& name) {
  std::stringstream ss(read_file(file));
  int n = 0;
  for (std::string line; std::getline(ss, line);) {
    ++n;
    if (line.starts_with("def " + name + "(")) return n - 1;
  }
  return 0;
}

class ExtractProject : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    out_ = temp_dir("extract_project");
    result_ = run(cli() + " extract " + kProject + " --out " + out_.string() + " --full-module --jobs 2");
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(out_); }

  // Every record of the dataset with the split it is in.
  static std::vector<std::pair<std::string, nlohmann::json>> records() {
    std::vector<std::pair<std::string, nlohmann::json>> out;
    for (const auto& [split, text] : dataset_text(out_))
      for (nlohmann::json& r : json_lines(text)) out.emplace_back(split, std::move(r));
    return out;
  }

  static inline std::filesystem::path out_;
  static inline RunResult result_;
};

TEST_F(ExtractProject, WritesEveryKernelOnceAndListsTheFailedFile) {
  ASSERT_EQ(result_.exit_code, 0) << result_.err;
  // The missing module is reported with its position, as an error; the rest went through.
  EXPECT_NE(result_.err.find(kProject + "/simpkg/needs_missing.py:4:1: error: ModuleNotFoundError"), std::string::npos)
      << result_.err;
  const nlohmann::json m = nlohmann::json::parse(read_file(out_ / "manifest.json"));
  const nlohmann::json& c = m["counts"];
  // run_sim, kernels_abs, kernels_abs_copy, kernels_rel, needs_missing, sub/deep: not notes.py (no
  // kernel), __init__.py files (no kernel) or .hidden/.
  EXPECT_EQ(c["files"], 6);
  EXPECT_EQ(c["files_failed"], 1);
  EXPECT_EQ(c["files_environment"], 1);
  EXPECT_EQ(c["kernels"], 6);     // step, drag, slow_down, integrate, relax, limit
  EXPECT_EQ(c["duplicates"], 1);  // slow_down: kernels_abs_copy.py has kernels_abs.py's structure
  EXPECT_EQ(c["written"], 5);
  ASSERT_EQ(c["failures"].size(), 1u);
  EXPECT_EQ(c["failures"][0]["file"], kProject + "/simpkg/needs_missing.py");
  EXPECT_NE(c["failures"][0]["reason"].get<std::string>().find("No module named"), std::string::npos);
  EXPECT_EQ(c["per_backend"], nlohmann::json({{"warp", 5}}));
  uint64_t in_splits = 0;
  for (const auto& [split, n] : c["per_split"].items()) in_splits += n.get<uint64_t>();
  EXPECT_EQ(in_splits, 5u);
  EXPECT_EQ(records().size(), 5u);
  // The card declares the provenance fields, so `datasets` loads them.
  EXPECT_NE(read_file(out_ / "README.md").find("  - name: source_path\n"), std::string::npos);
}

TEST_F(ExtractProject, RecordsAreWarpsCodegenOfTheModuleImportedInItsProject) {
  ASSERT_EQ(result_.exit_code, 0) << result_.err;
  // (file below the root, how the project imports it, sys.path)
  const std::map<std::string, std::pair<std::string, std::string>> imports = {
      {"simpkg/kernels_rel.py", {"simpkg.kernels_rel", kProject}},
      {"simpkg/kernels_abs.py", {"simpkg.kernels_abs", kProject}},
      {"simpkg/sub/deep.py", {"simpkg.sub.deep", kProject}},
      {"scripts/run_sim.py", {kProject + "/scripts/run_sim.py", kProject + "/scripts:" + kProject}}};
  std::map<std::string, nlohmann::json> oracles;
  size_t checked = 0;
  for (const auto& [split, rec] : records()) {
    const std::string source = rec["source_path"];
    ASSERT_TRUE(imports.count(source)) << source;
    const auto& [target, sys_path] = imports.at(source);
    if (!oracles.count(source)) oracles[source] = package_oracle(sys_path, target);
    const nlohmann::json& oracle = oracles[source];
    EXPECT_EQ(rec["path"], kProject + "/" + source);
    EXPECT_EQ(rec["python"], read_file(kProject + "/" + source));
    for (const char* dev : {"cpu", "cuda"})
      EXPECT_EQ(rec[dev]["module"], oracle["modules"][dev]) << source << " " << dev;
    bool found = false;
    for (const auto& k : oracle["kernels"])
      if (k["name"] == rec["kernel_name"]) {
        found = true;
        EXPECT_EQ(rec["mangled_name"], k["mangled"]);
        EXPECT_EQ(rec["source_line"], k["line"]);
      }
    EXPECT_TRUE(found) << rec["kernel_name"];
    ++checked;
  }
  EXPECT_EQ(checked, 5u);
  // The helpers come from the package's other files, cited under their own paths.
  EXPECT_NE(oracles["simpkg/kernels_rel.py"]["modules"]["cpu"].get<std::string>().find("// " + kProject +
                                                                                       "/simpkg/utils.py:"),
            std::string::npos);
}

TEST_F(ExtractProject, RecordsCarryTheirProvenanceAndSplitByStructure) {
  ASSERT_EQ(result_.exit_code, 0) << result_.err;
  const std::map<std::string, nlohmann::json> licenses = {{"simpkg/kernels_rel.py", "Apache-2.0"},
                                                          {"simpkg/kernels_abs.py", nullptr},
                                                          {"simpkg/sub/deep.py", "MIT"},
                                                          {"scripts/run_sim.py", "BSD-3-Clause"}};
  std::map<std::string, std::string> split_of_file;
  for (const auto& [split, rec] : records()) {
    const std::string source = rec["source_path"];
    EXPECT_EQ(rec["license"], licenses.at(source)) << source;
    EXPECT_EQ(rec["source_line"], decorator_line(kProject + "/" + source, rec["kernel_name"])) << source;
    EXPECT_EQ(rec["preset"], "extract");
    EXPECT_FALSE(rec.contains("launch"));
    // The split is the structural hash's, the same for every kernel of a file.
    EXPECT_EQ(split, dataset::split_name(dataset::assign_split(rec["struct_hash"].get<std::string>(), {})));
    auto [it, fresh] = split_of_file.emplace(source, split);
    EXPECT_EQ(it->second, split) << source;
  }
  EXPECT_EQ(split_of_file.size(), 4u);
}

TEST_F(ExtractProject, PythonReadersSeeEveryRecordWithItsProvenance) {
  ASSERT_EQ(result_.exit_code, 0) << result_.err;
  // json + zstandard over every shard (checked against the manifest), then HF datasets.load_dataset,
  // which reads the card's schema: the provenance fields (a null license too) must load.
  RunResult r = run(python() + " " + std::string(WS_SOURCE_DIR) + "/scripts/read_dataset.py " + out_.string());
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  uint64_t plain = 0, hf = 0;
  std::stringstream ss(r.out);
  for (std::string line; std::getline(ss, line);) {
    const auto colon = line.find(": ");
    if (colon == std::string::npos || !line.ends_with(" records")) continue;
    (line.starts_with("load_dataset ") ? hf : plain) += std::stoull(line.substr(colon + 2));
  }
  EXPECT_EQ(plain, 5u) << r.out;
  EXPECT_EQ(hf, 5u) << r.out;
}

TEST(ExtractProjectNative, DeclinesFilesThatImportTheirProject) {
  const std::string file = kProject + "/simpkg/kernels_rel.py";
  RunResult native = run(cli() + " extract --backend native --devices cpu " + file);
  RunResult warp = run(cli() + " extract --devices cpu " + file);
  ASSERT_EQ(native.exit_code, 0) << native.err;
  EXPECT_EQ(native.out, warp.out);
  EXPECT_NE(native.err.find(file + ":5:20: unsupported: import of the project's own module '.utils'"),
            std::string::npos)
      << native.err;
  for (const auto& r : json_lines(native.out)) EXPECT_EQ(r["backend"], "warp");
}

TEST(ExtractProjectWorker, NothingOfTheProjectOutlivesItsRequest) {
  // One worker, two files: the first imports simpkg, whose lazy_api imports simpkg.sub.deep when any
  // name it lacks is read. Had the worker's clean-up read one (say `__path__`), deep would be imported
  // outside the request and stay; the second file, deep itself, would then run as a script and fail
  // on its relative import.
  RunResult r = run(cli() + " extract --jobs 1 --devices cpu " + kProject + "/simpkg/kernels_abs.py " + kProject +
                    "/simpkg/sub/deep.py");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<nlohmann::json> records = json_lines(r.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1]["kernel_name"], "limit");
}

TEST(DiffEnvironment, AFileWarpCannotImportIsNoMismatch) {
  RunResult r = run(cli() + " diff " + kProject + "/simpkg/needs_missing.py --jobs 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("ENVIRONMENT  " + kProject + "/simpkg/needs_missing.py:4:1: error: ModuleNotFoundError"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\n1 files not importable by Warp here (environment failures, not compared)\n"),
            std::string::npos)
      << r.out;
  EXPECT_TRUE(r.out.ends_with("\nfiles: 0 compared, 0 identical, 0 declined\n0 compared, 0 identical, 0 declined\n"))
      << r.out;
  EXPECT_EQ(r.out.find("MISMATCH"), std::string::npos) << r.out;
}

// Several files: one row each, with its kernels; the totals in files, then in kernels (a file's module is
// compared whole, so its kernels share its outcome).
TEST(DiffFiles, RowsPerFileTotalsInFilesAndKernels) {
  const std::string cases = tests_dir() + "/native_cases/";
  RunResult r = run(cli() + " diff " + cases + "structs_two_kernels.py " + cases + "decline_list.py " + kProject +
                    "/simpkg/needs_missing.py --jobs 2");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("identical    " + cases + "structs_two_kernels.py (2 kernels)\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("declined     " + cases + "decline_list.py:8:9: unsupported: list display (1 kernel)\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("ENVIRONMENT  " + kProject + "/simpkg/needs_missing.py:4:1"), std::string::npos) << r.out;
  EXPECT_TRUE(r.out.ends_with("\nfiles: 2 compared, 1 identical, 1 declined\n3 compared, 2 identical, 1 declined\n"))
      << r.out;
}

// Installed Warp is the environment, also when the interpreter is reached through a symbolic link (a
// virtual environment linked into a worktree puts site-packages on sys.path under the link's name): its
// own modules that a file imports stay loaded, as in a fresh process, and are not dropped as the
// project's. Dropped, the second file's import of warp.geometry ran it again, and Warp refused to
// register its API functions twice.
TEST(DiffEnvironment, InstalledWarpStaysTheEnvironmentThroughALinkedInterpreter) {
  RunResult where = run(python() + " -c 'import os, warp; print(os.path.dirname(warp.__file__))'");
  ASSERT_EQ(where.exit_code, 0) << where.err;
  const std::string w = where.out.substr(0, where.out.find('\n')) + "/";
  const std::filesystem::path link = temp_dir("venv_link") / "venv";
  std::filesystem::create_directories(link.parent_path());
  std::filesystem::create_directory_symlink(std::filesystem::canonical(std::string(WS_SOURCE_DIR) + "/.venv"), link);
  RunResult r = run("WARPSYNTH_PYTHON=" + link.string() + "/bin/python " + cli() + " diff " + w +
                    "examples/geometry/example_isosurface.py " + w + "tests/geometry/test_swept_volume.py --jobs 1");
  std::filesystem::remove_all(link.parent_path());
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("MISMATCH"), std::string::npos) << r.out;
  EXPECT_TRUE(r.out.ends_with("\nfiles: 2 compared, 2 identical, 0 declined\n2 compared, 2 identical, 0 declined\n"))
      << r.out;
}

}  // namespace
}  // namespace ws::testing
