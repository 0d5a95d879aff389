#include <gtest/gtest.h>

#include "gen/context.h"

namespace ws::gen {
namespace {

TEST(Scope, CountsFollowBlocks) {
  Workspace ws;
  Rng rng(1, 1);
  Policy pol;
  pol.local_type[kFloat32] = 1;
  Context cx(ws, rng, pol);
  const VarId x = cx.add_var("x", kFloat32, 0, Role::Local);
  const VarId m = cx.add_var("m", kMat33, 0, Role::Local);
  const VarId n = cx.add_var("n", kInt32, 0, Role::Param);
  const VarId a = cx.add_var("a", kFloat32, 1, Role::Param);
  const VarId s = cx.add_var("s", kUInt32, 0, Role::Rng);
  cx.scope.add(n);
  cx.scope.add(a);
  cx.scope.add(s);
  cx.scope.add(x);
  EXPECT_EQ(cx.scope.values(kFloat32), 1);  // the array and the random state are not values
  EXPECT_EQ(cx.scope.values(kUInt32), 0);
  EXPECT_EQ(cx.scope.locals(), 1);
  cx.scope.open();
  cx.scope.add(m);
  EXPECT_EQ(cx.scope.parts(kFloat32), 1);  // m[i, j]
  EXPECT_EQ(cx.scope.parts(kVec3), 1);     // m[i]
  EXPECT_EQ(cx.scope.composite_locals(), 1);
  EXPECT_EQ(cx.scope.locals(), 2);
  cx.scope.close();
  EXPECT_EQ(cx.scope.parts(kFloat32), 0);
  EXPECT_EQ(cx.scope.locals(), 1);
  EXPECT_EQ(cx.scope.visible().size(), 4u);
}

TEST(Context, EnabledTypesAndInputs) {
  Workspace ws;
  Rng rng(1, 1);
  Policy pol;
  pol.local_type[kVec3] = 0.5;
  Context cx(ws, rng, pol);
  EXPECT_TRUE(cx.enabled(kVec3));
  EXPECT_FALSE(cx.enabled(kFloat32));
  cx.add_input(cx.add_var("p", kVec3, 1, Role::Param));
  EXPECT_EQ(cx.input_values[kVec3], 1);
  EXPECT_EQ(cx.input_parts[kFloat32], 1);
  cx.add_output(cx.add_var("o", kInt8, 1, Role::Output));
  EXPECT_EQ(cx.atomic_outputs, 0);
}

TEST(Context, WorkspaceIsClearedForTheNextKernel) {
  Workspace ws;
  Rng rng(1, 1);
  Policy pol;
  {
    Context cx(ws, rng, pol);
    cx.scope.add(cx.add_var("x", kFloat32, 0, Role::Local));
    cx.namer.take("x");
  }
  Context cx(ws, rng, pol);
  EXPECT_TRUE(cx.prog.vars.empty());
  EXPECT_TRUE(cx.scope.visible().empty());
  EXPECT_EQ(cx.scope.values(kFloat32), 0);
  EXPECT_EQ(cx.namer.fresh(rng, NameKind::Loop, kInt32), "i");
}

}  // namespace
}  // namespace ws::gen
