// What the generator writes of Warp's language: productions, each naming a row of the
// language table (lang/builtins.h) and taking its typed signature from there. A row is generic over one
// type parameter T drawn from a type class; argument and result types are patterns over T (T itself,
// its scalar, the vec3 with T's scalar, ...). The expression builder works top-down: for a wanted result
// type it asks producers(type) for every (row, T) that yields it. Writing a builtin the language table
// has is one row here (its print form, weight and value bound); rows are only added once real Warp has
// accepted them for cpu and cuda.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "gen/type.h"
#include "lang/builtins.h"

namespace ws::gen {

// How a row prints: wp.name(a, b), a op b, op a, the result type's constructor T(a, b), or
// wp.identity(n=<rows>, dtype=<scalar>) (Warp's keyword-argument form).
enum class Form : uint8_t { Call, Infix, Prefix, Ctor, Identity };

// Type classes and patterns are the language table's (lang/signature.h): a row's T ranges over a class,
// its arguments and result are patterns over T.
using lang::Pat;
using lang::TClass;

// How a row bounds its result from its operands' value ranges (gen/range.cpp). The expression builder
// uses it to write no overflow, no division by zero and no NaN or Inf (YARPGen's value-range tracking):
// a production whose result could leave its type's safe range is not written, and rows with a domain
// (sqrt, log, acos, a divisor) get their operand guarded the way people guard it (wp.max(x, eps),
// wp.clamp(x, -1.0, 1.0)). `Poly` is k times the product of the operands' magnitudes (k = 0: the
// type's length). `Inverse` and `Rotation` rely on the operand the builder's guard always gives them (a
// regularised matrix m + c * I, a rotation matrix wp.quat_to_matrix(q)): every entry of the result lies
// in [-1, 1]. `Never` rows cannot be bounded and are not written.
// clang-format off
enum class Bound : uint8_t {
  Sum, Diff, Mul, Div, Mod, FloorDiv, Neg, Poly, Length, Hull, Min, Max, Abs, Unit, Unit01, Bool, Index, Lerp,
  Det, Rotate, Compose, Tan, Asin, Acos, Atan, Atan2, Sinh, Cosh, Sqrt, Cbrt, Exp, Log, Pow, Round, Erfc,
  Erfinv, Erfcinv, Smoothstep, Clamp, BitAnd, BitOr, Shl, Shr, BitNot, BitCount, Where, Full, RandF,
  Randn, RandI, Poisson, Noise, CurlNoise, Square, Slerp, Inverse, Rotation, EdgeEdge, TriTri, Never
};
// clang-format on

// Op groups let a policy turn whole families up or down.
enum class OpGroup : uint8_t { Arith, Bitwise, Compare, Logic, Math, Vector, Matrix, Quat, Transform, Random, kCount };

// A production joined with its language row: what the expression builder and printer read.
struct Op {
  std::string_view text;  // "sin" for Call (printed wp.sin), "+" for Infix/Prefix, "" for Ctor
  Form form;
  uint8_t prec;  // Python precedence of the printed form (higher binds tighter)
  TClass cls;    // the types T the generator writes it for (within the language row's class)
  Pat ret;       // the language row's result and arguments
  lang::Args args;
  OpGroup group;
  double weight;
  Bound bound;
  uint8_t k;  // Bound::Poly's factor
  const lang::Row* row;
};

std::span<const Op> ops();
// Row index of the first row with this spelling and class (the table is searched once per call site),
// or with these argument patterns too (`*` of two matrices, not of a matrix and a scalar).
uint16_t op_row(std::string_view text, TClass cls);
uint16_t op_row(std::string_view text, TClass cls, const lang::Args& args);

// Python precedence levels used by the printer.
enum Prec : uint8_t {
  kPrecTernary = 1,
  kPrecOr,
  kPrecAnd,
  kPrecNot,
  kPrecCompare,
  kPrecBitOr,
  kPrecBitXor,
  kPrecBitAnd,
  kPrecShift,
  kPrecAdd,
  kPrecMul,
  kPrecUnary,
  kPrecPow,  // ** (right-associative)
  kPrecAtom
};

// One way to produce a type: row `op` instantiated at T = `t`.
struct Producer {
  uint16_t op;
  TypeId t;
  bool rng;       // takes a random state
  uint64_t uses;  // bit per type among T and the operands: all must be enabled by the policy
};
// Every (row, T) whose result is `result`, in table order; computed once.
std::span<const Producer> producers(TypeId result);

// Whether type t belongs to class c.
bool in_class(TClass c, TypeId t);
// Resolve a pattern at T; kNoType when the universe lacks that type (e.g. SqMat of vec3i).
TypeId resolve(Pat p, TypeId t);
int arity(const Op& op);

}  // namespace ws::gen
