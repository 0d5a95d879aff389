// @wp.struct in generated kernels: a module-level struct of one to four fields of the kernel's types,
// used as a by-value kernel parameter (fields read into locals), as the dtype of an input array (fields
// of an element read into locals) and/or as a local built field by field and read back. Struct values
// never enter the expression builder's scope; they are only reached through ExprKind::Field.
#pragma once

#include "gen/context.h"
#include "gen/expr.h"

namespace ws::gen {

// Module level, before the helpers: maybe declare the struct (policy.p_struct) and how it is used.
void declare_struct(Context& cx);
// Kernel signature: the struct parameter and the struct array, after the by-value parameters.
void add_struct_params(Context& cx);
// base.<field `index`>, where base holds a value of the program's struct.
ExprId field(Program& p, ExprId base, size_t index);
// First kernel statements (after wp.tid()): locals bound to fields of the parameter and array element.
void read_struct_params(Context& cx, ExprBuilder& ex);
// After those: `rec = S()`, field stores from expressions in scope, and locals read back from them.
void build_struct_local(Context& cx, ExprBuilder& ex);

}  // namespace ws::gen
