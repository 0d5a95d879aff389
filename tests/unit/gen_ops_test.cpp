#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "gen/ops.h"
#include "lang/builtins.h"

namespace ws::gen {
namespace {

TEST(Ops, ProducersYieldTheirResultType) {
  for (TypeId r = 0; r < kNumTypes; ++r)
    for (const Producer& p : producers(r)) {
      const Op& op = ops()[p.op];
      EXPECT_EQ(resolve(op.ret, p.t), r) << op.text;
      EXPECT_TRUE(p.uses >> p.t & 1u);
      for (int a = 0; a < arity(op); ++a) {
        EXPECT_NE(resolve(op.args[a], p.t), kNoType) << op.text;
        if (op.args[a] != Pat::Rng) {
          EXPECT_TRUE(p.uses >> resolve(op.args[a], p.t) & 1u);
        }
      }
      EXPECT_EQ(p.rng, op.args[0] == Pat::Rng);
    }
}

TEST(Ops, EveryRowIsReachable) {
  std::set<uint16_t> reached;
  for (TypeId r = 0; r < kNumTypes; ++r)
    for (const Producer& p : producers(r)) reached.insert(p.op);
  EXPECT_EQ(reached.size(), ops().size());
}

TEST(Ops, GenericRowsInstantiateAtEveryMemberType) {
  auto count = [](TypeId result, std::string_view text) {
    int n = 0;
    for (const Producer& p : producers(result)) n += ops()[p.op].text == text;
    return n;
  };
  EXPECT_EQ(count(kFloat64, "sin"), 1);
  EXPECT_EQ(count(kFloat16, "sqrt"), 1);
  EXPECT_EQ(count(kInt8, "sin"), 0);
  EXPECT_EQ(count(kUInt16, "&"), 1);
  EXPECT_EQ(count(kFloat32, "&"), 0);
  EXPECT_EQ(count(kFloat32, "dot"), 3 + 1 + 1);  // vec2/3/4, spatial_vector and quat
  EXPECT_EQ(count(kVec3, "quat_rotate"), 1);
  EXPECT_EQ(count(kVec3d, "transform_point"), 2);  // transformd and mat44d
  EXPECT_EQ(count(kMat33, "outer"), 1);
  EXPECT_EQ(count(kVec3i, "normalize"), 0);          // Warp normalizes float vectors only
  EXPECT_EQ(count(kBool, "<"), 11);                  // every numeric scalar
  EXPECT_EQ(count(kInt32, "intersect_tri_tri"), 1);  // six float32 vec3s only
  EXPECT_EQ(count(kVec3, "closest_point_edge_edge"), 1);
  EXPECT_EQ(count(kFloat16, "erfinv"), 1);
}

TEST(Ops, PatternsResolveAgainstTheUniverse) {
  EXPECT_EQ(resolve(Pat::S, kMat33d), kFloat64);
  EXPECT_EQ(resolve(Pat::RowVec, kMat44), kVec4);
  EXPECT_EQ(resolve(Pat::SqMat, kVec2d), kMat22d);
  EXPECT_EQ(resolve(Pat::SqMat, kVec3i), kNoType);
  EXPECT_EQ(resolve(Pat::QuatS, kTransformd), kQuatd);
  EXPECT_EQ(resolve(Pat::Rng, kFloat32), kUInt32);
}

TEST(Ops, RowLookup) {
  EXPECT_EQ(ops()[op_row("+", TClass::Additive)].form, Form::Infix);
  EXPECT_EQ(ops()[op_row("not", TClass::Bool)].prec, kPrecNot);
  EXPECT_THROW(op_row("nonexistent", TClass::Bool), std::logic_error);
}

// Every use the generator makes of a language row, resolved the way the codegen resolves it: each
// (production, T) the expression builder can draw gives argument types; the codegen's resolver
// (lang::resolve, what Adjoint::add_builtin calls) must return the production's own row and the result
// type the generator expects. Rows the codegen emits through a hook (where, identity, the transform
// constructor, comparisons, and/or) are not resolved by add_builtin; their signature must still accept
// the arguments with that result (at T, for the keyword-only wp.identity), and the codegen must find
// the row of a special form by its key (it dispatches to the row's hook).
TEST(Ops, EveryProductionResolvesThroughTheCodegenToItsLanguageRow) {
  size_t resolved = 0;
  std::set<const lang::Row*> rows;
  for (TypeId r = 0; r < kNumTypes; ++r)
    for (const Producer& p : producers(r)) {
      const Op& op = ops()[p.op];
      std::vector<types::Type> args;
      for (int a = 0; a < arity(op); ++a) args.push_back(lang_type(resolve(op.args[a], p.t)));
      const types::Type want = lang_type(r);
      std::string use = std::string(op.row->key) + " at " + std::string(info(p.t).py);
      rows.insert(op.row);
      if (op.row->emit == lang::Emit::Call) {
        const auto got = lang::resolve(op.row->key, args);
        ASSERT_TRUE(got) << use;
        EXPECT_EQ(got->row, op.row) << use;
        EXPECT_EQ(got->result, want) << use;
        ++resolved;
      } else if (args.empty()) {  // wp.identity(n=3, dtype=float): T comes from the keywords
        EXPECT_TRUE(lang::in_class(op.row->sig.cls, lang_type(p.t))) << use;
        EXPECT_EQ(lang::instantiate(op.row->sig.ret, lang_type(p.t)), want) << use;
      } else {
        EXPECT_EQ(lang::match(op.row->sig, op.row->key, args), want) << use;
        if (op.row->emit >= lang::Emit::Tid) {
          EXPECT_EQ(lang::special_form(op.row->key), op.row) << use;  // the codegen dispatches it there
        }
        if (op.form == Form::Ctor) {
          EXPECT_EQ(lang::constructor(want), op.row) << use;  // a call of the type reaches this row
        }
      }
    }
  std::set<const lang::Row*> written;
  for (const Op& op : ops()) written.insert(op.row);
  EXPECT_EQ(rows, written);  // every language row a production names was checked
  EXPECT_GT(resolved, 800u);
}

// The scalar conversions the expression builder writes (ExprBuilder::cast: any numeric scalar to another,
// spelled `float(x)`, `int(x)`, `wp.float32(x)`, `wp.int8(x)`, ...) resolve to the language's cast rows.
TEST(Ops, EveryCastTheGeneratorWritesResolvesToACastRow) {
  for (TypeId t = kInt8; t <= kFloat64; ++t) {
    std::vector<std::string_view> keys{info(t).py.substr(info(t).py.starts_with("wp.") ? 3 : 0)};
    if (t == kFloat32) keys.push_back("float32");
    if (t == kInt32) keys.push_back("int32");
    for (std::string_view key : keys)
      for (TypeId s = kInt8; s <= kFloat64; ++s) {
        const std::vector<types::Type> arg{lang_type(s)};
        const auto got = lang::resolve(key, arg);
        ASSERT_TRUE(got) << key << " of " << info(s).py;
        EXPECT_EQ(got->row->sig.ret, Pat::Named) << key;
        EXPECT_EQ(got->result, lang_type(t)) << key << " of " << info(s).py;
      }
  }
}

// The constructors the expression builder writes (ExprBuilder::construct, zero and literal: wp.vec3(x),
// wp.vec3(0.0), wp.quat(a, b, c, d), wp.mat22(...) of every composite universe type) are calls of the
// type's constructor row, the one whose hook the codegen dispatches to.
TEST(Ops, EveryConstructorTheGeneratorWritesIsALanguageRow) {
  for (TypeId t = 0; t < kNumTypes; ++t) {
    const lang::Row* ctor = lang::constructor(lang_type(t));
    if (is_scalar(t)) {
      EXPECT_FALSE(ctor) << info(t).py;  // casts: EveryCastTheGeneratorWritesResolvesToACastRow
      continue;
    }
    ASSERT_TRUE(ctor) << info(t).py;
    EXPECT_TRUE(lang::in_class(ctor->sig.cls, lang_type(t))) << info(t).py;
    EXPECT_EQ(lang::instantiate(ctor->sig.ret, lang_type(t)), lang_type(t)) << info(t).py;
  }
}

TEST(Ops, ProductionsPrintTheOperatorOfTheirRow) {
  EXPECT_EQ(ops()[op_row("**", TClass::FloatScalar)].row->key, "pow");
  EXPECT_EQ(ops()[op_row("-", TClass::Negatable)].row->key, "neg");
  EXPECT_EQ(ops()[op_row("not", TClass::Bool)].row->key, "unot");
  EXPECT_EQ(ops()[op_row("", TClass::Transform)].row->emit, lang::Emit::TransformCtor);
}

}  // namespace
}  // namespace ws::gen
