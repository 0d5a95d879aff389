// Where a user's Python file lives in its project, so that it is compiled as the project itself would
// import it: `from .utils import f` needs the file loaded under its dotted package name
// (`mypkg.kernels`), and `from mypkg.utils import f` needs the directory above `mypkg` on sys.path.
// The reference worker (src/reference/python/warp_worker.py) loads the file that way; the native
// backend cannot see the project's other modules, so it declines files that import them
// (unseen_import).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "codegen/star_import.h"
#include "core/module_ir.h"
#include "reference/protocol.h"

namespace ws::pipeline {

struct Project {
  reference::Package package;              // what the worker needs to import the file inside its project
  std::vector<std::string> local_modules;  // top-level module names the project's own files provide, sorted;
                                           // empty when the root is installed code (site-packages)
  std::string source_path;                 // the file relative to the root, '/'-separated (record provenance)
};

// Locates `file` (as given: relative to the working directory, or absolute) in its project.
// - `root` given (--root): the root is that directory, which must contain the file, and the file is
//   imported under its dotted path from there (directories without __init__.py are namespace packages).
// - otherwise, a file in a package (its directory, or the directory above, holds __init__.py): the
//   root is the first directory above it that is not in the package (neither it nor its parent holds
//   __init__.py: a directory without one inside a package, `pkg/_src/`, is a namespace package there),
//   and the file is imported under its dotted name (`pkg._src.sub.mod`; `pkg.sub` for
//   `pkg/sub/__init__.py`);
// - otherwise the file is run as a script (no package name): its own directory comes first on
//   sys.path, as with `python FILE`, and the root is the nearest directory above holding
//   pyproject.toml, setup.py or setup.cfg (also put on sys.path, so the project's package imports), or
//   else the file's directory.
// Throws std::runtime_error when `root` does not contain the file.
Project locate_project(const std::filesystem::path& file, const std::optional<std::filesystem::path>& root);

// A decline (DiagnosticKind::Unsupported, at the import) when `source` imports a module of its own
// project: a relative import, or one whose first name is in `project.local_modules`. Warp runs that
// module before it generates code (it may define functions, change options, number helpers), and the
// native backend reads only the file itself, and the modules it star-imports (import_search). nullopt
// otherwise, and for Python the scan cannot read (the native backend then reports it).
std::optional<Diagnostic> unseen_import(std::string_view source, std::string_view path, const Project& project);

// Where the native backend finds the modules the file star-imports, as the reference worker's Python
// finds them: the project's directories for its own modules; for `warp.*`, the pinned Warp package
// (the version in WARP_VERSION: the one the workers run), read from the root of a file of Warp itself
// (Warp's tests star-import `warp.tests.unittest_utils`) or else from this checkout's .venv.
codegen::ImportSearch import_search(const Project& project);

}  // namespace ws::pipeline
