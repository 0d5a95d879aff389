// The files `extract` reads from its arguments: a file is taken as given; a directory is walked for
// Python files that define kernels. The order is a pure function of the arguments and the tree
// (arguments in order, each directory's files sorted by path), so the output is too.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ws::pipeline {

// Arguments in order; each directory replaced by the `*.py` files below it whose text has a line
// starting with a decorator that names `kernel` (`@wp.kernel`, `@warp.kernel(...)`, `@kernel`), sorted
// by their path (compared as '/'-separated strings). The walk skips hidden files and directories
// (`.venv`, `.git`), `__pycache__`, `site-packages` and `dist-packages`, virtual environments (a
// directory holding `pyvenv.cfg`) and symbolic links to directories; a directory named as an argument
// is walked even if it is one of those. Paths are spelled from the argument (`DIR/sub/f.py`). A file
// named twice is kept once, at its first place. An argument that does not exist or a directory that
// cannot be read is returned as is: reading it then fails with the system's reason.
std::vector<std::string> find_python_files(const std::vector<std::string>& args);

// Whether `source` has a line that starts (after indentation) with `@` and names `kernel`.
bool defines_kernel(std::string_view source);

}  // namespace ws::pipeline
