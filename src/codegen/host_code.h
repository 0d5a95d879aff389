// Module-level host code: the statements the native backend does not model (an `Example` class, argparse
// set-up, `try`/`with` blocks, helper functions, ...). Warp's reference execs them, so they are never
// compiled here, only scanned token by token for two things:
//  - the module-level names they may bind: module_env makes those opaque, and a kernel or function
//    naming one is declined, since its value after the whole file ran is unknown;
//  - anything that could change what Warp generates (registering code, changing options, binding names
//    in ways the scan cannot see): the whole file is declined at that token.
// See docs/native-codegen.md ("Host code") for the rule.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"

namespace ws::codegen {

struct HostName {
  std::string_view name;
  frontend::Pos pos;
};

// One imported name, at any scope: `import a.b` is {"a.b", "", "a", false}, `import a.b as c` is
// {"a.b", "", "c", true}, `from .m import x` is {".m", "x", "x", false}, `from m import *` is
// {"m", "*", "", false} (what it binds is the module's business: star_import.h).
struct HostImport {
  std::string module;      // as spelled, without spaces
  std::string_view name;   // empty for `import module`, "*" for a star import
  std::string_view bound;  // the name it binds (empty for a star import)
  bool aliased = false;    // `as` given
  frontend::Pos pos;
};

struct HostScan {
  std::vector<HostName> binds;      // names the code may bind at module level, `global` names included
  std::vector<HostImport> imports;  // every import in it, at any scope
};

// Declines (Unsupported) on constructs whose bindings it does not model: `match`, star imports other
// than at module level.
HostScan scan_host_code(std::span<const frontend::Token> toks);

// What the file binds to Warp-related objects, for check_host_code.
struct HostContext {
  std::set<std::string_view, std::less<>> warp_modules;  // bound to the warp module itself
  std::set<std::string_view, std::less<>> warp_related;  // bound to anything imported from warp
  // What each of warp_related may be bound to, as dotted paths (warp_path): the checks of a use
  // `name.attr...` read the whole path. A name without one is taken as `warp.<name>`.
  std::map<std::string_view, std::set<std::string, std::less<>>, std::less<>> warp_paths;
  std::set<std::string_view, std::less<>> registered;  // kernels, functions and structs
  // generic kernels: a launch adds overloads (Kernel.infer_argument_types), so code that runs on import
  // may not name them
  std::set<std::string_view, std::less<>> generic_kernels;
  // vector constants (ctypes arrays), Warp scalar instances, dicts
  std::set<std::string_view, std::less<>> mutable_constants;
  // Names the file binds once, by a module-level import of a standard-library module that has
  // decorators (is_stdlib_module), to what they name: "unittest" (`import unittest`),
  // "dataclasses.dataclass" (`from dataclasses import dataclass`).
  std::map<std::string_view, std::string, std::less<>> stdlib_names;
  // Names bound only by an import of Warp's test utilities (star or by name) to add_function_test,
  // which stores the function it is passed as a test method and calls nothing on import.
  std::set<std::string_view, std::less<>> registers_only;
};

// The standard-library modules whose harmless decorators check_host_code accepts (see there).
bool is_stdlib_module(std::string_view module);

// Whether host code `t` (any depth) may rebind `name` or replace one of its attributes: `name` appears
// other than as a decorator (`@name...`), as the module an import names (`import name...`, `from
// name... import`), called (`name(...)`), or in a read of `name.attr`. A bare use counts (a parameter, a target, an
// argument): the scan does not tell them apart.
bool may_rebind(std::span<const frontend::Token> t, std::string_view name);

// Declines if the file's host code (its module-level statements, in order) could change what Warp
// generates. The bodies of module-level functions and classes are checked only where code that runs on
// import names them, transitively (scan_imported_module's rule); a function passed to one that only
// registers it (HostContext::registers_only) is not named. Returns the mutable constants it names: any
// use may change them, so module_env makes them opaque.
std::vector<HostName> check_host_code(std::span<const std::span<const frontend::Token>> code, const HostContext& ctx);

// A module the file star-imports (star_import.h), as far as its import can reach the importing file:
// Warp runs it once, when the star import runs, so only what runs then matters: its module-level code
// (class bodies, decorators, default values and main-guard-free blocks included) and the bodies of
// its functions and classes that this code names (transitively). Its other function bodies run, if
// ever, when something calls them: code outside the importing file, as for any other module.
struct ImportedModule {
  HostScan scan;                                         // every name it may bind at module level, every import
  std::optional<std::vector<HostName>> all;              // its `__all__`: a literal list or tuple of names
  std::vector<HostName> warp_functions;                  // module-level @wp.func names: Warp numbers them by key
  std::vector<HostImport> run_imports;                   // the imports that run when it is imported
  std::set<std::string_view, std::less<>> warp_modules;  // names it binds only to the warp module
  // names it binds only by `import M` of a standard-library module M (is_stdlib_module) to M itself
  std::set<std::string_view, std::less<>> stdlib_modules;
  std::set<std::string_view, std::less<>> warp_related;  // names it may bind to something from warp
};

// Declines (Unsupported, at the module's own positions) if what runs when it is imported could change
// what Warp generates for another module: the checks of check_host_code, except that decorators only
// register what they decorate in the module itself (its own kernels, functions and structs never join
// the importer's module), so any decorator is accepted there other than Warp's with options, and a
// `__all__` the scan cannot read.
ImportedModule scan_imported_module(std::span<const frontend::Token> toks);

// Which names `import`/`from` bind to the warp module itself or to something from warp, as
// HostContext::warp_modules / warp_related.
bool imports_warp_module(const HostImport& i);
bool imports_from_warp(const HostImport& i);

// What an import from warp binds its name to, as a dotted path: "warp" for the module itself (`import
// warp.render` binds warp), "warp._src.context" for `import warp._src.context as c` or `from warp._src
// import context`.
std::string warp_path(const HostImport& i);

}  // namespace ws::codegen
