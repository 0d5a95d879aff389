// The generated program as flat arenas: expressions, statements and variables live in vectors and
// refer to each other by index, so building a kernel costs a handful of amortised allocations and a
// thread-local Program can be reused across kernels. Statements are stored in print order with their
// indentation, because the builder creates them in exactly that order; the printer is then linear.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "gen/range.h"
#include "gen/type.h"
#include "types/type.h"

namespace ws::gen {

using ExprId = uint32_t;
using VarId = uint16_t;
inline constexpr ExprId kNoExpr = 0xffffffff;
inline constexpr VarId kNoVar = 0xffff;

enum class ExprKind : uint8_t {
  Var,        // ref = var
  Lit,        // value (/ 10^aux for floats)
  Index,      // array element: ref = array var, kids = indices
  Op,         // ref = ops() row, kids = operands
  Cast,       // kids[0] converted to `type`
  Construct,  // `type`(kids...) from scalars
  Component,  // kids[0][kids[1](, kids[2])]; aux = 1 prints kids[0].x (literal index only)
  Ternary,    // kids = {then, cond, else}
  Call,       // ref = func, kids = arguments
  Shape,      // array.shape[aux]: ref = array var
  Field,      // kids[0].<field ref of the struct kids[0] holds> (kids[0]: a struct Var or struct array Index)
  StructNew,  // Struct() with ref = the struct (zero-initialised)
  WarpConst,  // wp.pi: a float32 constant of the warp module, ref = its row of lang::kModuleConstants
  Tile,       // a tile builtin or operator: ref = its row of tile_ops() (gen/tiles.h), kids = operands,
              // value = its TileShape and callee (TileValue); `type` is the element type
  Query,      // a spatial-query builtin: ref = its row of query_calls() (gen/queries.h), kids = arguments;
              // `type` is kNoType when it returns a query object (a Role::Query local holds it)
  QueryField  // kids[0].<field>: kids[0] a Var of a query object, ref = the field's index in
              // types::query_fields (q.result, q.face, q.t)
};

struct Expr {
  ExprKind kind;
  TypeId type;
  uint8_t nkids = 0;
  uint8_t aux = 0;
  bool constant = false;  // no variable, array or call anywhere below: a compile-time value
  uint16_t ref = 0;
  uint32_t kids = 0;  // first child in Program::kids
  int64_t value = 0;
  Range range;  // bounds every scalar component under the launch contract (gen/range.h)
};

enum class StmtKind : uint8_t {
  Assign,     // e0 (Var / Index / Component lvalue) = e1
  AugAssign,  // e0 op= e1
  Atomic,     // [e2 =] wp.atomic_<op>(array, indices..., e1) with e0 the Index lvalue, e2 a new local
  If,         // if e0:
  Elif,       // elif e0:
  Else,       // else:
  For,        // for var in range(e0[, e1[, e2]]): (op: how the stop is spelled, see StaticStop)
  While,      // while e0:
  Break,
  Continue,
  Return,     // return [e0]
  Tid,        // var[, var+1 ...] = wp.tid()
  TileStore,  // wp.tile_store(var, e0, offset=e1) or offset=(e1, e2); op 1: wp.tile_atomic_add(var, e0);
              // op 2: wp.tile_sort(var, e0), var a tile local; op 3: wp.tile_axpy(e1, e0, var)
  Expect,     // wp.expect_eq(e0, e1): the kernel checks a precondition of its launch contract
  Printf,     // wp.printf("thread %d exits early[: name = %f]\n", e0[, e1]): a warning before a return
  ForIn,      // for var in e0: over a hash grid query (Warp's iter_next loop; gen/queries.h)
  TileCall,   // wp.<tile_ops()[op].key>(e0[, e1][, offset=(e2,)]): an in-place tile builtin
              // (wp.tile_cholesky_inplace(m), wp.tile_assign(dst, t, offset=(64,)))
  Decompose,  // var, var+1[, var+2] = wp.<key>(e0): the results of lang::kDecompositions[op]
};

// A For's op: 0 spells its literal stop, else 1 + 2 * g + form spells it through the module int
// globals[g] (gen/statics.h): form 0 is `wp.static(NAME)`, form 1 `wp.static(NAME * 2)`.
struct StaticStop {
  uint16_t global;
  uint8_t form;
  static uint16_t encode(size_t global, uint8_t form) { return static_cast<uint16_t>(1 + 2 * global + form); }
  static StaticStop decode(uint16_t op) {
    return {static_cast<uint16_t>((op - 1) / 2), static_cast<uint8_t>((op - 1) % 2)};
  }
};

// The rows of lang::kAtomics the generator writes. kAtomicCas prints `var = wp.atomic_cas(array,
// indices..., e2, e1)`: e2 is the compare value, the statement's var the local it declares.
enum AtomicKind : uint8_t {
  kAtomicAdd,
  kAtomicSub,
  kAtomicMin,
  kAtomicMax,
  kAtomicExch,
  kAtomicAnd,
  kAtomicOr,
  kAtomicXor,
  kAtomicCas
};

struct Stmt {
  StmtKind kind;
  uint8_t indent;
  uint16_t op = 0;  // AugAssign: ops() row of the operator; Atomic: AtomicKind; Tid: variable count
  VarId var = 0;
  ExprId e0 = kNoExpr, e1 = kNoExpr, e2 = kNoExpr;
};

// Param: by-value parameter or input array; Output: an array the kernel writes; Global: a module-level
// NAME = wp.constant(...).
// Struct: a value of a @wp.struct type or an array of them (Var::strct); never in scope, only read
// through ExprKind::Field.
// Handle: a wp.uint64 id of a mesh, hash grid or BVH the contract says how to build (Var::handle);
// Query: a local holding a query object (Var::query). Neither is ever in scope: only the query
// builders (gen/queries.h) read them.
enum class Role : uint8_t { Param, Output, Local, LoopVar, Tid, Rng, Global, Struct, Handle, Query };

// What a Role::Handle parameter is the id of.
enum class Handle : uint8_t { None, Mesh, HashGrid, Bvh };

inline constexpr uint8_t kNoStruct = 0xff;

struct Var {
  std::string name;
  TypeId type;   // for arrays, the dtype
  uint8_t ndim;  // 0 for values, 1..4 for arrays
  Role role;
  uint8_t strct = kNoStruct;  // Role::Struct: index into Program::structs (type is then unused)
  // Arrays: 0 when the array has the launch's shape (it then has the launch's dimensionality), else the
  // length of a 1-D array whose size the launch contract fixes (a lookup table, a global accumulator).
  uint8_t fixed = 0;
  bool positive = false;  // a by-value float the contract gives a positive value (a time step, a stiffness)
  bool plain = false;     // Role::Global printed as NAME = <literal>, not through wp.constant (a loop count)
  // Arrays a tile kernel loads or stores whole tiles of (gen/tiles.h): the tile's extent along each of
  // the array's axes ({0, 0} otherwise). Axis d then has length L[d] * tile[d] for a launch of shape L
  // (1 * tile[d] beyond the launch's dimensions), or more generally L[axes[d]] * tile[d]: {1, 0} for a
  // transposed copy, a GEMM's A {0, 2} and B {2, 1} (one tile along K).
  std::array<uint16_t, 2> tile{};
  std::array<uint8_t, 2> axes{0, 1};
  Handle handle = Handle::None;             // Role::Handle: the structure; `fixed` its size (gen/queries.h)
  VarId source = 0xffff;                    // Role::Handle of a hash grid: the points array it is built over
  types::Query query = types::Query::None;  // Role::Query: the kind of query object
};

// A @wp.struct class: its fields, and how the kernel uses it (parameter, array dtype, local).
struct StructDecl {
  std::string name;
  std::vector<std::pair<std::string, TypeId>> fields;
  bool param = false, array = false, local = false;
  bool held = true;  // false once nothing in the kernel holds one (StmtBuilder::drop_unread_params): not printed
  VarId param_var = kNoVar, array_var = kNoVar;
};

struct Func {
  std::string name;
  bool kernel = false;
  std::vector<VarId> params;
  TypeId ret = kNoType;  // helpers only
  Range ret_range;       // helpers: bounds what they return
  bool returns = false;  // helpers: a return statement has been written
  uint32_t stmt_begin = 0, stmt_end = 0;
};

struct Program {
  std::vector<Var> vars;
  std::vector<Expr> exprs;
  std::vector<ExprId> kids;
  std::vector<Stmt> stmts;
  std::vector<Func> funcs;                        // helpers first (callees before callers), the kernel last
  std::vector<std::pair<VarId, ExprId>> globals;  // module constants and their literal values
  std::vector<StructDecl> structs;                // printed after the constants
  uint8_t idiom = 0xff;                           // the kernel's idiom (gen/idioms.h), or kNoIdiom
  bool tiled = false;                             // a tile kernel: launched with wp.launch_tiled (gen/tiles.h)
  bool tid_lane = false;                          // its last wp.tid() variable is the lane in the block
  uint8_t variant = 0;                            // which form of its idiom the kernel writes (gen/queries.h)
  bool forward_only = false;                      // @wp.kernel(enable_backward=False): no adjoint is generated

  void clear() {
    vars.clear();
    exprs.clear();
    kids.clear();
    stmts.clear();
    funcs.clear();
    globals.clear();
    structs.clear();
    idiom = 0xff;
    variant = 0;
    tiled = tid_lane = forward_only = false;
  }
  const Expr& kid(const Expr& e, int i) const { return exprs[kids[e.kids + i]]; }
  ExprId kid_id(const Expr& e, int i) const { return kids[e.kids + i]; }
};

// Calls f(v) for each read of a variable in expression `id` (kNoExpr: none): v itself, an element of
// array v, or v's shape.
template <class F>
void for_each_read(const Program& p, ExprId id, F&& f) {
  if (id == kNoExpr) return;
  const Expr& e = p.exprs[id];
  if (e.kind == ExprKind::Var || e.kind == ExprKind::Index || e.kind == ExprKind::Shape) f(e.ref);
  for (int i = 0; i < e.nkids; ++i) for_each_read(p, p.kid_id(e, i), f);
}

}  // namespace ws::gen
