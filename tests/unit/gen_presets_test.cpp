#include <gtest/gtest.h>

#include <set>

#include "gen/generator.h"
#include "gen/presets.h"

namespace ws::gen {
namespace {

TEST(Presets, NamesMatchTheGeneratorAndAreFound) {
  ASSERT_EQ(presets().size(), preset_names().size());
  for (size_t i = 0; i < presets().size(); ++i) {
    EXPECT_EQ(presets()[i].name, preset_names()[i]);
    EXPECT_EQ(find_preset(preset_names()[i]), &presets()[i]);
  }
  EXPECT_EQ(find_preset("nope"), nullptr);
  for (const char* seed_kind : {"arithmetic", "conditional", "loop", "math", "vector", "atomic", "nested", "multi_cond",
                                "combined", "scalar_param"})
    EXPECT_NE(find_preset(seed_kind), nullptr) << seed_kind;
}

TEST(Presets, PoliciesAreSaneAndVaryPerKernel) {
  for (const Preset& p : presets()) {
    std::set<double> decl_weights;
    for (uint64_t i = 0; i < 50; ++i) {
      Rng rng(9, i);
      Policy pol;
      p.configure(pol, rng);
      EXPECT_GT(pol.local_type[kFloat32], 0) << p.name;
      EXPECT_GT(pol.stmt[static_cast<size_t>(StmtChoice::Decl)], 0) << p.name;
      EXPECT_GT(pol.expr[static_cast<size_t>(ExprChoice::Op)], 0) << p.name;
      EXPECT_LE(pol.body_min, pol.body_max);
      EXPECT_GE(pol.tid_dims, 1);
      EXPECT_LE(pol.tid_dims, 4);
      EXPECT_GE(pol.max_depth, 1);
      for (TypeId t = 0; t < kNumTypes; ++t) {
        // Arrays and parameters only use types the policy lets expressions produce.
        if (pol.array_type[t] > 0 || pol.param_type[t] > 0) {
          EXPECT_GT(pol.local_type[t], 0) << p.name << " " << info(t).py;
        }
      }
      decl_weights.insert(pol.stmt[static_cast<size_t>(StmtChoice::Decl)]);
    }
    EXPECT_GT(decl_weights.size(), 40u) << p.name << ": weights should be skewed per kernel";
  }
}

TEST(Presets, RandomSwitchesFeaturesOnAndOff) {
  // Swarm selection: across kernels, each optional statement kind is sometimes off and sometimes on.
  const Preset* random = find_preset("random");
  ASSERT_NE(random, nullptr);
  for (StmtChoice c : {StmtChoice::If, StmtChoice::ForDynamic, StmtChoice::While, StmtChoice::Atomic}) {
    int on = 0;
    for (uint64_t i = 0; i < 200; ++i) {
      Rng rng(2, i);
      Policy pol;
      random->configure(pol, rng);
      on += pol.stmt[static_cast<size_t>(c)] > 0;
    }
    EXPECT_GT(on, 40);
    EXPECT_LT(on, 160);
  }
}

TEST(Presets, AcceptanceChecksTheDefiningFeature) {
  FeatureSet none;
  EXPECT_TRUE(find_preset("arithmetic")->accept(none));
  EXPECT_FALSE(find_preset("loop")->accept(none));
  FeatureSet loop;
  loop.add(Tag::ForDynamic);
  EXPECT_TRUE(find_preset("loop")->accept(loop));
  EXPECT_FALSE(find_preset("combined")->accept(loop));
  loop.add(Tag::If);
  loop.add(feature_id("builtin:sqrt"));
  EXPECT_TRUE(find_preset("combined")->accept(loop));
}

}  // namespace
}  // namespace ws::gen
