// Module constants read where Warp's generated C++ would read an unwritten variable. Warp binds a
// module constant to a function-local variable where the function first names it (Adjoint.emit_Name:
// adj.symbols[name] = add_constant(...)), and merges those bindings at an if/else like any local
// (Adjoint.emit_If): a constant first named in both branches of an inner if/else becomes a
// `wp::where` written only inside the outer branch that holds it, and a later read after that branch
// reads it uninitialised on every other path (a NaN from stack garbage: generate --seed 5, kernel 96).
// Python sees nothing wrong, so the generator cannot avoid it while it writes; this pass runs on the
// finished program, follows Warp's bindings, and spells each such read as the constant's literal value.
#pragma once

#include "gen/program.h"

namespace ws::gen {

// Rewrites, in every function, each read of a module constant that would read a Warp variable not
// written on every path to that read as the constant's literal; returns how many reads it rewrote.
int spell_unbound_constants(Program& prog);

}  // namespace ws::gen
