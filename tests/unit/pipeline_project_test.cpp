#include <gtest/gtest.h>

#include "dataset_test_util.h"
#include "pipeline/project.h"

namespace ws::pipeline {
namespace {

namespace fs = std::filesystem;
using dataset::testing::ScratchDir;
using dataset::testing::spit;

void touch(const fs::path& p) {
  fs::create_directories(p.parent_path());
  spit(p, "");
}

// proj/pyproject.toml, proj/pkg/{__init__,utils,kernels}.py, proj/pkg/sub/{__init__,deep}.py,
// proj/scripts/run.py (no __init__.py), proj/warp/ (a checkout's package of that name).
fs::path make_project(const fs::path& base) {
  const fs::path proj = base / "proj";
  for (const char* f : {"pyproject.toml", "pkg/__init__.py", "pkg/utils.py", "pkg/kernels.py", "pkg/sub/__init__.py",
                        "pkg/sub/deep.py", "scripts/run.py", "scripts/helpers.py", "warp/__init__.py", "tool.py"})
    touch(proj / f);
  return proj;
}

TEST(Project, AFileInAPackageIsImportedUnderItsDottedName) {
  ScratchDir tmp;
  const fs::path proj = make_project(tmp.path());
  const Project p = locate_project(proj / "pkg/sub/deep.py", std::nullopt);
  EXPECT_EQ(p.package.root, proj.string());
  EXPECT_EQ(p.package.module, "pkg.sub.deep");
  EXPECT_EQ(p.package.sys_path, std::vector<std::string>{proj.string()});
  EXPECT_EQ(p.package.shown_root, proj.string());
  EXPECT_EQ(p.source_path, "pkg/sub/deep.py");
  // The root's modules and packages, but not `warp` (always the installed Warp).
  EXPECT_EQ(p.local_modules, (std::vector<std::string>{"pkg", "scripts", "tool"}));
  EXPECT_EQ(locate_project(proj / "pkg/sub/__init__.py", std::nullopt).package.module, "pkg.sub");
}

TEST(Project, ANamespaceDirectoryInsideAPackageBelongsToIt) {
  ScratchDir tmp;
  const fs::path proj = tmp.path() / "repo";
  for (const char* f : {"pyproject.toml", "lib/__init__.py", "lib/_src/geometry/__init__.py",
                        "lib/_src/geometry/utils.py", "lib/_src/flat.py"})
    touch(proj / f);
  const Project p = locate_project(proj / "lib/_src/geometry/utils.py", std::nullopt);
  EXPECT_EQ(p.package.root, proj.string());
  EXPECT_EQ(p.package.module, "lib._src.geometry.utils");
  EXPECT_EQ(locate_project(proj / "lib/_src/flat.py", std::nullopt).package.module, "lib._src.flat");
}

TEST(Project, AScriptRunsFromItsDirectoryWithTheProjectRootOnThePath) {
  ScratchDir tmp;
  const fs::path proj = make_project(tmp.path());
  const Project p = locate_project(proj / "scripts/run.py", std::nullopt);
  EXPECT_EQ(p.package.module, "");
  EXPECT_EQ(p.package.root, proj.string());
  EXPECT_EQ(p.package.sys_path, (std::vector<std::string>{(proj / "scripts").string(), proj.string()}));
  EXPECT_EQ(p.source_path, "scripts/run.py");
  EXPECT_EQ(p.local_modules, (std::vector<std::string>{"helpers", "pkg", "run", "scripts", "tool"}));
  // Without a pyproject.toml, setup.py or setup.cfg above it, a script's directory is its root.
  touch(tmp.path() / "loose" / "k.py");
  const Project loose = locate_project(tmp.path() / "loose" / "k.py", std::nullopt);
  EXPECT_EQ(loose.package.root, (tmp.path() / "loose").string());
  EXPECT_EQ(loose.source_path, "k.py");
  EXPECT_EQ(loose.local_modules, std::vector<std::string>{"k"});
}

TEST(Project, RootGivenImportsTheFileByItsPathBelowIt) {
  ScratchDir tmp;
  const fs::path proj = make_project(tmp.path());
  const Project p = locate_project(proj / "scripts/run.py", proj.string() + "/");
  EXPECT_EQ(p.package.module, "scripts.run");
  EXPECT_EQ(p.package.root, proj.string());
  EXPECT_EQ(p.package.sys_path, std::vector<std::string>{proj.string()});
  EXPECT_EQ(p.source_path, "scripts/run.py");
  EXPECT_THROW(locate_project(tmp.path() / "elsewhere.py", proj), std::runtime_error);
}

TEST(Project, TheRootIsSpelledAsTheFilesPath) {
  ScratchDir tmp;
  const fs::path proj = make_project(tmp.path());
  // A relative path: the root is relative to the same directory.
  const fs::path rel = (proj / "pkg/sub/deep.py").lexically_relative(fs::current_path());
  const Project p = locate_project(rel, std::nullopt);
  EXPECT_EQ(p.package.shown_root, proj.lexically_relative(fs::current_path()).generic_string());
  EXPECT_EQ(p.package.root, proj.string());  // the absolute one, for sys.path
}

TEST(Project, InstalledCodeHasNoLocalModules) {
  ScratchDir tmp;
  const fs::path site = tmp.path() / "lib/python3.11/site-packages";
  touch(site / "warp/__init__.py");
  touch(site / "warp/examples/__init__.py");
  touch(site / "warp/examples/ex.py");
  touch(site / "numpy/__init__.py");
  const Project p = locate_project(site / "warp/examples/ex.py", std::nullopt);
  EXPECT_EQ(p.package.module, "warp.examples.ex");
  EXPECT_EQ(p.source_path, "warp/examples/ex.py");
  EXPECT_TRUE(p.local_modules.empty());
}

TEST(Project, NativeDeclinesImportsOfTheProjectsOwnModules) {
  Project p;
  p.local_modules = {"pkg", "utils"};
  auto reason = [&](const std::string& src) {
    std::optional<Diagnostic> d = unseen_import(src, "f.py", p);
    return d ? d->str() : "";
  };
  EXPECT_EQ(reason("import warp as wp\nimport numpy as np\nfrom warp.examples import x\n"), "");
  EXPECT_EQ(reason("import warp as wp\nfrom .utils import damp\n"),
            "f.py:2:20: unsupported: import of the project's own module '.utils' (Warp runs it first; the native "
            "backend reads only this file)");
  EXPECT_NE(reason("from . import utils\n"), "");
  EXPECT_NE(reason("import pkg.sub as s\n"), "");
  EXPECT_NE(reason("from utils import f\n"), "");
  EXPECT_NE(reason("def main():\n    import pkg\n"), "");  // at any scope: it may run before codegen
  EXPECT_EQ(reason("import pkgx\nimport mypkg.utils\n"), "");
  EXPECT_EQ(reason("def broken(:\n"), "");  // the native backend reports invalid Python itself
}

}  // namespace
}  // namespace ws::pipeline
