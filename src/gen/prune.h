// Dead code the builder could not avoid, taken out after the fact. The builder hands every value it
// computes on to a use (gen/stmt.h), but a few cannot go anywhere (a local in a helper's branch with
// no enclosing local of its type, a matrix no output can hold). Like a compiler's dead-code
// elimination: a local nobody reads loses every statement that writes it (their right-hand sides are
// pure), which can leave other locals unread in turn, and blocks left empty go with their headers
// (an if whose body went becomes its first elif, or its else's body), as do loops left with nothing but
// branches, break and continue, and a `continue` that ends its loop's body.
#pragma once

#include <cstdint>
#include <vector>

#include "gen/program.h"

namespace ws::gen {

void prune(Program& prog);
// Loop variables and thread indices nobody reads spelled `_` (`i, _ = wp.tid()`): once the program is
// final, since a statement added after prune() (StmtBuilder::consume_params reading an input at the
// thread's own element) may read an index that was unread before.
void name_unread(Program& prog);
// How often each variable is read by the statements (an assignment's target is not read by it).
std::vector<uint32_t> live_reads(const Program& prog);

}  // namespace ws::gen
