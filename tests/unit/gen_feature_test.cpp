#include <gtest/gtest.h>

#include <algorithm>

#include "gen/feature.h"

namespace ws::gen {
namespace {

TEST(Feature, RegistryIsSortedAndUnique) {
  const auto names = feature_names();
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end());
  EXPECT_LE(names.size(), kMaxFeatures);
  for (const std::string& n : names) EXPECT_FALSE(n.empty());
}

TEST(Feature, LookupsAgree) {
  EXPECT_EQ(feature_names()[feature_id(Tag::ForDynamic)], "for_dynamic");
  EXPECT_EQ(feature_names()[feature_id(Tag::NestedLoop)], "nested_loop");
  EXPECT_EQ(feature_id("for_dynamic"), feature_id(Tag::ForDynamic));
  EXPECT_EQ(feature_names()[type_feature(kMat33)], "mat33");
  EXPECT_EQ(type_feature(kFloat32), kNoFeature);
  EXPECT_NE(feature_id("builtin:sin"), kNoFeature);
  EXPECT_EQ(feature_id("no_such_tag"), kNoFeature);
}

TEST(Feature, SetNamesComeOutSorted) {
  FeatureSet fs;
  fs.add(Tag::While);
  fs.add(type_feature(kVec3));
  fs.add(Tag::AtomicAdd);
  fs.add(kNoFeature);  // ignored
  fs.add(Tag::While);
  EXPECT_EQ(fs.names(), (std::vector<std::string>{"atomic_add", "vec3", "while"}));
  EXPECT_TRUE(fs.has(Tag::While));
  EXPECT_FALSE(fs.has(Tag::If));
  fs.clear();
  EXPECT_TRUE(fs.names().empty());
}

}  // namespace
}  // namespace ws::gen
