#include "gen/feature.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "gen/idioms.h"
#include "gen/ops.h"
#include "gen/queries.h"
#include "gen/tiles.h"

namespace ws::gen {

namespace {

// In Tag order.
constexpr std::string_view kTagNames[] = {
    "if",         "elif",       "else",       "for_static",   "for_dynamic",    "while",       "nested_loop",
    "break",      "continue",   "return",     "ternary",      "aug_assign",     "comp_assign", "atomic_add",
    "atomic_sub", "atomic_min", "atomic_max", "atomic_exch",  "array_aug",      "cast",        "construct",
    "component",  "func",       "func_chain", "array2d",      "array3d",        "array4d",     "tid2d",
    "tid3d",      "tid4d",      "rand",       "scalar_param", "constant",       "struct",      "static",
    "tile",       "printf",     "expect_eq",  "atomic_cas",   "atomic_bitwise", "query",       "decompose",
};
static_assert(std::size(kTagNames) == static_cast<size_t>(Tag::kCount));

// Operator rows get a tag by spelling; builtin calls get "builtin:<name>".
std::string op_tag(const Op& op) {
  if (op.form == Form::Call || op.form == Form::Identity) return "builtin:" + std::string(op.text);
  switch (op.group) {
    case OpGroup::Bitwise:
      return "bitwise";
    case OpGroup::Logic:
      return "logic";
    case OpGroup::Compare:
      return "compare";
    default:
      break;
  }
  if (op.text == "%") return "mod";
  if (op.text == "//") return "floordiv";
  if (op.text == "**") return "power";
  return "";
}

std::string tile_tag(const TileOp& op) {
  return op.builtin() ? "builtin:" + std::string(op.key) : "";
}

struct Registry {
  std::vector<std::string> names;
  std::array<FeatureId, static_cast<size_t>(Tag::kCount)> tags{};
  std::array<FeatureId, kNumTypes> type_ids{};
  std::vector<FeatureId> op_ids;
  std::vector<FeatureId> tile_ids;
  std::vector<FeatureId> query_ids;

  Registry() {
    std::vector<std::string> all(std::begin(kTagNames), std::end(kTagNames));
    for (const TypeInfo& t : types())
      if (!t.feature.empty()) all.emplace_back(t.feature);
    for (const Op& op : ops()) all.push_back(op_tag(op));
    for (const Idiom& idiom : idioms()) all.push_back("idiom:" + std::string(idiom.name));
    for (const TileOp& op : tile_ops()) all.push_back(tile_tag(op));
    for (const QueryCall& c : query_calls()) all.push_back("builtin:" + std::string(c.name));
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    if (!all.empty() && all.front().empty()) all.erase(all.begin());
    if (all.size() > kMaxFeatures) throw std::logic_error("ws::gen: too many feature tags");
    names = std::move(all);
    for (size_t i = 0; i < std::size(kTagNames); ++i) tags[i] = find(kTagNames[i]);
    for (size_t i = 0; i < kNumTypes; ++i) type_ids[i] = find(types()[i].feature);
    for (const Op& op : ops()) op_ids.push_back(find(op_tag(op)));
    for (const TileOp& op : tile_ops()) tile_ids.push_back(find(tile_tag(op)));
    for (const QueryCall& c : query_calls()) query_ids.push_back(find("builtin:" + std::string(c.name)));
  }
  FeatureId find(std::string_view name) const {
    auto it = std::lower_bound(names.begin(), names.end(), name);
    return it != names.end() && *it == name ? static_cast<FeatureId>(it - names.begin()) : kNoFeature;
  }
};

const Registry& registry() {
  static const Registry r;
  return r;
}

}  // namespace

FeatureId feature_id(Tag tag) {
  return registry().tags[static_cast<size_t>(tag)];
}
FeatureId type_feature(TypeId t) {
  return registry().type_ids[t];
}
FeatureId op_feature(uint16_t op) {
  return registry().op_ids[op];
}
FeatureId tile_feature(uint16_t row) {
  return registry().tile_ids[row];
}
FeatureId query_feature(uint16_t row) {
  return registry().query_ids[row];
}
FeatureId feature_id(std::string_view name) {
  return registry().find(name);
}
std::span<const std::string> feature_names() {
  return registry().names;
}

std::vector<std::string> FeatureSet::names() const {
  std::vector<std::string> out;
  out.reserve(bits_.count());
  const auto& all = registry().names;
  for (size_t i = 0; i < all.size(); ++i)
    if (bits_.test(i)) out.push_back(all[i]);
  return out;
}

}  // namespace ws::gen
