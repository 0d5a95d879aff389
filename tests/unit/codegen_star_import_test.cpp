// Resolving star imports: which file Python would import, what the import binds. Whether the native
// output then equals Warp's is checked against Warp itself by the native cases star_import_*.py and
// decline_star_import_*.py (tests/native_cases/).
#include <gtest/gtest.h>

#include "codegen/star_import.h"
#include "dataset_test_util.h"
#include "frontend/unsupported.h"
#include "pipeline/project.h"

namespace ws::codegen {
namespace {

namespace fs = std::filesystem;
using dataset::testing::ScratchDir;
using dataset::testing::spit;
using Names = std::vector<std::string>;

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  spit(p, text);
}

// The import search of `file` in its project, as the pipeline builds it.
ImportSearch search_for(const fs::path& file) {
  return pipeline::import_search(pipeline::locate_project(file, std::nullopt));
}

StarImport star(const std::string& spelled, const ImportSearch& s) {
  return resolve_star_import(spelled, {3, 1}, &s);
}

std::string decline_reason(const std::string& spelled, const ImportSearch& s) {
  try {
    star(spelled, s);
  } catch (const frontend::Unsupported& e) {
    EXPECT_EQ(e.line(), 3);
    return e.what();
  }
  return "(resolved)";
}

TEST(StarImport, RelativeAndAbsoluteImportsFindThePackagesModules) {
  ScratchDir tmp;
  const fs::path pkg = tmp.path() / "proj" / "pkg";
  write(tmp.path() / "proj" / "pyproject.toml", "");
  write(pkg / "__init__.py", "");
  write(pkg / "kernels.py", "");
  write(pkg / "util.py", "import warp as wp\nimport numpy as np\nA = 1\n_B = 2\nfrom .more import *\n");
  write(pkg / "more.py", "import warp\n__all__ = ['C', 'wp']\nC = 3\nwp = None\n");
  const ImportSearch s = search_for(pkg / "kernels.py");
  EXPECT_EQ(s.module, "pkg.kernels");
  EXPECT_EQ(s.package, "pkg");
  for (const char* spelled : {".util", "pkg.util"}) {
    const StarImport u = star(spelled, s);
    EXPECT_EQ(u.module, "pkg.util");
    // util's own names but _B, and what its star import of more binds (C and wp, by its __all__)
    EXPECT_EQ(u.names, (Names{"A", "C", "np", "wp"}));
    // util binds wp to warp, but more rebinds it to None: not the warp module
    EXPECT_TRUE(u.warp_modules.empty());
  }
  EXPECT_EQ(star(".more", s).warp_modules.size(), 0u);
}

TEST(StarImport, APackageBindsItsSubmodulesUnlessItsAllSaysOtherwise) {
  ScratchDir tmp;
  const fs::path root = tmp.path() / "proj";
  write(root / "pyproject.toml", "");
  write(root / "main.py", "");
  write(root / "lib" / "__init__.py", "import warp as wp\nX = 1\n");
  write(root / "lib" / "geometry.py", "");
  write(root / "lib" / "_private.py", "");
  write(root / "lib" / "sub" / "__init__.py", "");
  const ImportSearch s = search_for(root / "main.py");
  EXPECT_EQ(s.package, "");
  const StarImport lib = star("lib", s);
  EXPECT_EQ(lib.names, (Names{"X", "geometry", "sub", "wp"}));
  EXPECT_EQ(lib.warp_modules, (std::set<std::string, std::less<>>{"wp"}));
  write(root / "lib" / "__init__.py", "__all__ = ['geometry']\n");
  EXPECT_NE(decline_reason("lib", s).find("its __all__ names 'geometry', which it never binds"), std::string::npos);
}

TEST(StarImport, DeclinesWhatItCannotRead) {
  ScratchDir tmp;
  const fs::path root = tmp.path() / "proj";
  write(root / "pyproject.toml", "");
  write(root / "main.py", "");
  write(root / "a.py", "from b import *\n");
  write(root / "b.py", "from a import *\n");
  write(root / "c.py", "from .x import *\n");
  write(root / "d.py", "import a\n");
  write(root / "e.py", "def f():\n\treturn 1\n");
  write(root / "ns" / "m.py", "M = 1\n");
  const ImportSearch s = search_for(root / "main.py");
  EXPECT_EQ(decline_reason("numpy", s),
            "star import of 'numpy': 'numpy' is neither a module of the file's project nor of Warp");
  EXPECT_EQ(decline_reason(".a", s), "star import of '.a': relative import of '.a' beyond the top-level package");
  EXPECT_EQ(decline_reason("a", s), "star import of 'a': star imports that import each other ('a')");
  EXPECT_NE(decline_reason("c", s).find("beyond the top-level package"), std::string::npos);
  EXPECT_NE(decline_reason("d", s).find("imports the project's own module 'a'"), std::string::npos);
  EXPECT_NE(decline_reason("e", s).find("tab or control character"), std::string::npos);
  EXPECT_NE(decline_reason("ns", s).find("namespace package"), std::string::npos);
  EXPECT_EQ(star("ns.m", s).names, Names{"M"});  // a namespace package above it runs nothing
  EXPECT_NE(decline_reason("main", s).find("the file star-imports itself"), std::string::npos);
  EXPECT_THROW(resolve_star_import("a", {3, 1}, nullptr), frontend::Unsupported);
}

}  // namespace
}  // namespace ws::codegen
