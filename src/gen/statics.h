// wp.static() as simulation code writes it: a loop that runs to a module-level count, unrolled by
// Warp, `for k in range(wp.static(NUM_STEPS)):` or `range(wp.static(N * 2))` with `N = 4` at the top
// of the file. Applied to the finished kernel: one of its loops over literal bounds (unrolled by Warp
// either way) gets its stop from a new module int. Whether a kernel gets one is drawn on a stream of
// its own and nothing is drawn from the kernel's stream, so a kernel without it is the kernel its seed
// and index gave before; with it, the loop's trip count, and so the code Warp generates, is unchanged
// except for the kernel's hash and its source lines.
#pragma once

#include "gen/context.h"
#include "gen/expr.h"

namespace ws::gen {

void use_static(Context& cx, ExprBuilder& ex);

}  // namespace ws::gen
