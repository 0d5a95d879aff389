// What host code may do with warp: the uses of a name bound to the warp module or to something
// imported from it, judged by the dotted path that name is bound to (HostContext::warp_paths). See
// docs/native-codegen.md ("Host code").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ws::codegen {

// What a use of `<root>.<chain>` may do to what Warp generates, where `path` is what the root name is
// bound to in warp ("warp" for the module itself, "warp._src.context" for `import warp._src.context as
// c`: HostContext::warp_paths) and `called` whether a call follows. Returns the decline message, or
// nullopt for a harmless use:
//  - nothing through a kWarpDanger attribute (registering code, loading modules, the registry);
//  - `config` only with an attribute read after it (an assignment is declined by Checker::writes):
//    Module.__init__ and Module.resolve_options read it, a read changes nothing;
//  - Warp's internals (`_src`, `context`, `codegen`) only through an attribute of kHarmlessInternals
//    (the module itself as a value could be patched through: the code generator uses it), a read of
//    `context.runtime.<attribute>` other than `core`, a use of one function of the native library
//    `context.runtime.core.<function>` (the code generator reads only wp_is_mathdx_enabled and the
//    half/bfloat16 conversions there, and the library has no setter for either; `core` itself as a
//    value is declined: its functions could be patched through it), or `codegen`'s exception classes
//    (`WarpCodegenError`): anything else there may patch the code generator, the module registry or
//    Warp's options;
//  - any other attribute of Warp's public API, as before.
std::optional<std::string> warp_chain_danger(std::string_view root, std::string_view path,
                                             const std::vector<std::string_view>& chain, bool called);

}  // namespace ws::codegen
