// The generation policy: every knob of the random kernel builder in one object (YARPGen's
// gen_policy). Presets build one per kernel, skewing weights with the kernel's own Rng, so a preset
// is a distribution over policies rather than a template; the `random` preset is swarm generation:
// each kernel switches a random subset of statement kinds, types and op groups off entirely.
#pragma once

#include <array>
#include <cstddef>

#include "gen/ops.h"
#include "gen/type.h"

namespace ws::gen {

enum class StmtChoice : uint8_t {
  Decl,        // new local: x = expr
  Assign,      // x = expr for an existing local
  AugAssign,   // x += expr
  Store,       // out[idx] = expr
  ArrayAug,    // out[idx] += expr
  Atomic,      // wp.atomic_add(out, idx, expr) and friends
  CompAssign,  // v[0] = expr, v.x += expr, m[i, j] = expr
  If,
  ForStatic,   // for i in range(<literal>)
  ForDynamic,  // for i in range(<int expression>)
  While,       // counter-bounded while
  Reduce,      // acc = float(0.0); for i in range(...): acc += <expr> ...
  Break,       // if cond: break
  Continue,    // if cond: continue
  Return,      // if cond: return
  kCount
};

enum class ExprChoice : uint8_t { Var, Lit, Index, Shape, Op, Cast, Construct, Component, Ternary, Call, kCount };

template <class E>
using Weights = std::array<double, static_cast<size_t>(E::kCount)>;

struct Policy {
  Weights<StmtChoice> stmt{};
  Weights<ExprChoice> expr{};
  Weights<OpGroup> group{};
  // Types this kernel may use at all (a type with weight 0 is never produced), weighted for new locals.
  std::array<double, kNumTypes> local_type{};
  std::array<double, kNumTypes> array_type{};  // array dtypes
  std::array<double, kNumTypes> param_type{};  // by-value kernel parameters

  int body_min = 3, body_max = 7;    // top-level kernel statements (before the final stores)
  int block_min = 1, block_max = 3;  // statements per nested block
  int max_nest = 2;                  // nesting depth of if/for/while blocks
  int max_depth = 3;                 // expression tree depth
  int inputs_min = 1, inputs_max = 3;
  int outputs_min = 1, outputs_max = 2;
  int scalars_min = 0, scalars_max = 1;  // by-value kernel parameters
  int helpers_min = 0, helpers_max = 0;  // @wp.func helpers
  int helper_params_max = 3;
  double p_helper_array = 0;      // a helper also takes an input array and an index into it
  double p_helper_chain = 0;      // a helper returns the previous helper's type, so it can call it
  int tid_dims = 1;               // launch dimensionality: tid = wp.tid() or i, j = wp.tid() ...
  double p_array_full_dim = 0.8;  // arrays have tid_dims dimensions (else 1-D with a fixed size)
  double p_fixed_input = 0.12;    // a 1-D input array is a fixed-size table rather than launch-sized
  double p_fixed_output = 0.1;    // a 1-D output is a fixed-size accumulator shared by all threads
  double p_tid_index = 0.85;      // arrays are indexed by the thread index (else an int expression)
  double p_elif = 0.3, p_else = 0.4;
  int max_elifs = 3;
  double p_rand = 0;           // kernel draws random numbers from wp.rand_init
  double p_constants = 0.1;    // module defines one or two NAME = wp.constant(...) values
  double p_static = 0.3;       // a loop over literal bounds runs to a module int through wp.static()
  double p_idiom = 0.4;        // the kernel starts from an idiom (gen/idioms.h) that fits its launch
  double p_struct = 0;         // module defines a @wp.struct the kernel takes, reads from an array or builds
  double p_attr = 0.5;         // component access prints v.x rather than v[0]
  double p_range_start = 0.2;  // range(a, b) rather than range(b)
  double p_expect = 0.04;      // a kernel checks that two launch-sized arrays agree (wp.expect_eq)
  double p_printf = 0.15;      // a kernel's early return is announced with wp.printf first
  double p_flag = 0.2;         // else it sets a bit of a status word first (wp.atomic_or)
  int static_trip_max = 8;
  bool tiles = false;    // a tile kernel (gen/tiles.h): the statement and expression knobs do not apply
  bool queries = false;  // the kernel starts from a spatial-query idiom (gen/queries.h); needs tid_dims 1
};

}  // namespace ws::gen
