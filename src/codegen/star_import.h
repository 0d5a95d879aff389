// `from M import *` in a file the native backend compiles. Real Warp execs the file, so the star import
// runs M's module-level code (once, when it is first imported) and binds M's public names: its
// `__all__`, else every module-level name not starting with `_`. The native backend reads M when it is
// a module of the file's own project or of the pinned Warp package, scans it as host code
// (host_code.h, scan_imported_module) and makes every name it binds opaque in the file (a kernel naming
// one is declined), except names M binds only to the warp module itself. Anything it cannot read or
// show harmless is declined at the star import. See docs/native-codegen.md ("Star imports").
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"

namespace ws::codegen {

// Where the modules a file star-imports are found, as Python finds them for the reference worker
// (pipeline/project.h builds it from the file's project).
struct ImportSearch {
  std::string file;                        // the importing file, absolute (a module never star-imports itself)
  std::string module;                      // its dotted name; empty when it runs as a script
  std::string package;                     // its package, the base of relative imports; empty: none
  std::vector<std::string> roots;          // the project's directories on sys.path, in order
  std::vector<std::string> local_modules;  // the top-level names they provide, sorted
  std::string warp_parent;                 // the directory holding the pinned Warp's `warp`; empty: unknown
};

struct StarImport {
  std::string module;                                 // absolute dotted name
  std::vector<std::string> names;                     // what it binds in the importing module, sorted
  std::set<std::string, std::less<>> warp_modules;    // of those, bound to the warp module itself
  std::set<std::string, std::less<>> stdlib_modules;  // ...or to the standard-library module of that name
  std::set<std::string, std::less<>> warp_related;    // of those, perhaps bound to something from warp
  std::set<std::string, std::less<>> function_keys;   // @wp.func keys its import numbers (context.py counts them)
};

// Resolves `from <spelled> import *` (spelled as in HostImport::module) at `at`; declines
// (frontend::Unsupported at `at`, the module's own reason and position in the message) when the module
// cannot be found or read, when `search` is null, or when its import could change what Warp generates
// for the importing file. Nested star imports are followed (cycles and more than 8 levels declined).
StarImport resolve_star_import(std::string_view spelled, frontend::Pos at, const ImportSearch* search);

}  // namespace ws::codegen
