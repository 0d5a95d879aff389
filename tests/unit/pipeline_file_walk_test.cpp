#include <gtest/gtest.h>

#include "dataset_test_util.h"
#include "pipeline/file_walk.h"

namespace ws::pipeline {
namespace {

using dataset::testing::ScratchDir;
using dataset::testing::spit;

constexpr const char* kKernel = "import warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    pass\n";

void write(const std::filesystem::path& p, const std::string& text) {
  std::filesystem::create_directories(p.parent_path());
  spit(p, text);
}

TEST(FileWalk, KernelDecoratorsAreRecognised) {
  EXPECT_TRUE(defines_kernel(kKernel));
  EXPECT_TRUE(defines_kernel("@warp.kernel(enable_backward=False)\ndef k():\n    pass\n"));
  EXPECT_TRUE(defines_kernel("class A:\n    @kernel\n    def k(self):\n        pass\n"));
  EXPECT_FALSE(defines_kernel("@wp.func\ndef f():\n    pass\n"));
  EXPECT_FALSE(defines_kernel("@kernel_cache\ndef f():\n    pass\n"));
  EXPECT_FALSE(defines_kernel("x = wp.kernel  # @wp.kernel only counts at a line's start\n"));
  EXPECT_FALSE(defines_kernel(""));
}

TEST(FileWalk, WalksSortedAndSkipsWhatIsNotTheProjects) {
  ScratchDir tmp;
  const std::filesystem::path root = tmp.path() / "proj";
  write(root / "b.py", kKernel);
  write(root / "a_b.py", kKernel);
  write(root / "a" / "z.py", kKernel);
  write(root / "a" / "helpers.py", "X = 1\n");  // no kernel
  write(root / "a" / "notes.txt", kKernel);     // not Python
  write(root / ".hidden" / "h.py", kKernel);
  write(root / ".dot.py", kKernel);
  write(root / "__pycache__" / "c.py", kKernel);
  write(root / "lib" / "site-packages" / "dep.py", kKernel);
  write(root / "lib" / "dist-packages" / "dep.py", kKernel);
  write(root / "env" / "pyvenv.cfg", "home = /usr/bin\n");
  write(root / "env" / "e.py", kKernel);
  std::filesystem::create_directory_symlink(root / "a", root / "link");
  const std::string r = root.string();
  EXPECT_EQ(find_python_files({r}),
            (std::vector<std::string>{r + "/a/z.py", r + "/a_b.py", r + "/b.py"}));  // '/' sorts before '_'
}

TEST(FileWalk, ArgumentsKeepTheirOrderAndSpelling) {
  ScratchDir tmp;
  const std::filesystem::path root = tmp.path() / "proj";
  write(root / "x.py", kKernel);
  write(root / "site-packages" / "pkg" / "k.py", kKernel);
  write(root / "plain.py", "X = 1\n");
  const std::string r = root.string();
  // A file named explicitly is taken even without a kernel; a skipped directory named explicitly is
  // walked; a file named twice (here also through its directory) is kept at its first place.
  EXPECT_EQ(find_python_files({r + "/plain.py", r + "/site-packages", r + "/", r + "/x.py"}),
            (std::vector<std::string>{r + "/plain.py", r + "/site-packages/pkg/k.py", r + "/x.py"}));
  // A path that does not exist is passed on as is: reading it reports the error.
  EXPECT_EQ(find_python_files({r + "/missing.py"}), std::vector<std::string>{r + "/missing.py"});
}

}  // namespace
}  // namespace ws::pipeline
