// The shapes simulation code is written in: a kernel may start from an idiom (a map, a stencil, a
// reduction, a gather, a histogram, an integrator, a spring, a rigid transform) whose arrays, scalars
// and locals carry the names of their roles (u, u_new, alpha, left, lap; x, v, f, dt, v_new), and the
// typed random statements of its preset then build on what the idiom computed. Idioms obey the same
// rules as every other statement (gen/stmt.h): in-bounds indices (a stencil's neighbours are clamped
// to the array), outputs owned by their thread or written with atomics, every local read.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "gen/expr.h"
#include "gen/stmt.h"

namespace ws::gen {

inline constexpr uint8_t kNoIdiom = 0xff;

struct IdiomParams;  // the role variables an idiom declared (idioms.cpp)

struct Idiom {
  std::string_view name;  // also the record's feature "idiom:<name>"
  uint8_t dims;           // the launch dimensionality it is written for
  TypeId needs;           // the type its values are (the policy must allow it), or kNoType
  void (*params)(IdiomParams& p);
  void (*body)(IdiomParams& p);
  // A spatial-query idiom (gen/queries.h), drawn only when the policy asks for one, with this weight.
  double query = 0;
};

std::span<const Idiom> idioms();

// Draws an idiom for a kernel of `dims` launch dimensions under the context's policy, or kNoIdiom
// (policy.p_idiom says how often one is used); a query idiom exactly when policy.queries.
uint8_t draw_idiom(Context& cx, int dims);

// Declares idiom `id`'s parameters (before the kernel's other parameters); returns how many arrays it
// declared as inputs and as outputs.
struct IdiomShape {
  int inputs = 0, outputs = 0;
};
IdiomShape declare_idiom(Context& cx, uint8_t id);

// Writes idiom `id`'s statements at the top of the kernel body (after wp.tid()).
void write_idiom(Context& cx, ExprBuilder& ex, StmtBuilder& st, uint8_t id);

}  // namespace ws::gen
