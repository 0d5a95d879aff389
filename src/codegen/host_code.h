// Module-level host code: the statements the native backend does not model (an `Example` class, argparse
// set-up, `try`/`with` blocks, helper functions, ...). Warp's reference execs them, so they are never
// compiled here, only scanned token by token for two things:
//  - the module-level names they may bind: module_env makes those opaque, and a kernel or function
//    naming one is declined, since its value after the whole file ran is unknown;
//  - anything that could change what Warp generates (registering code, changing options, binding names
//    in ways the scan cannot see): the whole file is declined at that token.
// See docs/native-codegen.md ("Host code") for the rule.
#pragma once

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
// {"a.b", "", "c", true}, `from .m import x` is {".m", "x", "x", false}.
struct HostImport {
  std::string module;      // as spelled, without spaces
  std::string_view name;   // empty for `import module`
  std::string_view bound;  // the name it binds
  bool aliased = false;    // `as` given
  frontend::Pos pos;
};

struct HostScan {
  std::vector<HostName> binds;      // names the code may bind at module level, `global` names included
  std::vector<HostImport> imports;  // every import in it, at any scope
};

// Declines (Unsupported) on constructs whose bindings it does not model: star imports, `match`.
HostScan scan_host_code(std::span<const frontend::Token> toks);

// What the file binds to Warp-related objects, for check_host_code.
struct HostContext {
  std::set<std::string_view, std::less<>> warp_modules;       // bound to the warp module itself
  std::set<std::string_view, std::less<>> warp_related;       // bound to anything imported from warp
  std::set<std::string_view, std::less<>> registered;         // kernels, functions and structs
  std::set<std::string_view, std::less<>> mutable_constants;  // float32 vector constants (ctypes arrays)
};

// Declines if the code could change what Warp generates. Returns the mutable constants it names: any
// use may change them, so module_env makes them opaque.
std::vector<HostName> check_host_code(std::span<const frontend::Token> toks, const HostContext& ctx);

// Which names `import`/`from` bind to the warp module itself or to something from warp, as
// HostContext::warp_modules / warp_related.
bool imports_warp_module(const HostImport& i);
bool imports_from_warp(const HostImport& i);

}  // namespace ws::codegen
