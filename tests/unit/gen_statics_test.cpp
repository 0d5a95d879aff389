#include <gtest/gtest.h>

#include <string>

#include "core/rng.h"
#include "gen/module.h"
#include "gen/presets.h"
#include "gen/printer.h"
#include "gen/statics.h"

namespace ws::gen {
namespace {

// The module as printed for (seed 1234, kernel i) of a preset, with wp.static() allowed or not.
std::string module_text(const Preset& p, uint64_t i, bool with_static) {
  Workspace ws;
  Rng rng(1234, i);
  Policy policy;
  p.configure(policy, rng);
  if (!with_static) policy.p_static = 0;
  build_module(ws, rng, policy, "k");
  std::string out;
  print_module(ws.prog, ~0u, {}, out);
  return out;
}

// The static spelling undone: `N = 4` dropped, `wp.static(N)` -> 4, `wp.static(N * 2)` -> 8.
std::string without_static(std::string text) {
  const size_t at = text.find("wp.static(");
  const size_t name_end = text.find_first_of(" )", at + 10);
  const std::string name = text.substr(at + 10, name_end - at - 10);
  const size_t def = text.find("\n" + name + " = ");
  const size_t def_end = text.find('\n', def + 1);
  const int64_t value = std::stoll(text.substr(def + name.size() + 4, def_end - def - name.size() - 4));
  const bool doubled = text.compare(name_end, 5, " * 2)") == 0;
  const size_t close = text.find(')', at);
  text.replace(at, close + 1 - at, std::to_string(doubled ? 2 * value : value));
  text.erase(def, def_end - def);
  return text;
}

TEST(Statics, AKernelWithWpStaticIsTheKernelWithoutItSpelledThroughAModuleInt) {
  int with = 0;
  for (const Preset& p : presets())
    for (uint64_t i = 0; i < 200; ++i) {
      const std::string plain = module_text(p, i, false);
      const std::string text = module_text(p, i, true);
      if (text.find("wp.static(") == std::string::npos) {
        EXPECT_EQ(text, plain);  // nothing drawn from the kernel's stream
        continue;
      }
      ++with;
      std::string undone = without_static(text);
      // without other constants, the module int brought the blank line that opens them
      if (undone.rfind("import warp as wp\n\n\n\n", 0) == 0) undone.erase(18, 1);
      EXPECT_EQ(undone, plain) << text;
      EXPECT_NE(text.find(" in range("), std::string::npos);
    }
  EXPECT_GT(with, 0);
}

}  // namespace
}  // namespace ws::gen
