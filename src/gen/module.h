// Assembles one module under a policy: optional wp.constant globals, the @wp.func helpers (each may call
// the ones before it), then the kernel: signature, thread index, optional random state, body, and a
// final store to every output the body left untouched so no kernel is all dead code.
#pragma once

#include <string>

#include "core/rng.h"
#include "gen/context.h"
#include "gen/policy.h"

namespace ws::gen {

// The result is ws.prog; everything else in `ws` is scratch.
void build_module(Workspace& ws, Rng& rng, const Policy& policy, const std::string& kernel_name);

}  // namespace ws::gen
