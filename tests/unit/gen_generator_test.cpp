#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "gen/generator.h"

namespace ws::gen {
namespace {

int count_lines(const std::string& s) {
  return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

size_t count_of(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) ++n;
  return n;
}

bool has(const GeneratedKernel& k, const std::string& tag) {
  return std::find(k.features.begin(), k.features.end(), tag) != k.features.end();
}

TEST(Generator, SameTripleGivesSameBytes) {
  for (const std::string& p : preset_names())
    for (uint64_t i = 0; i < 20; ++i) {
      const GeneratedKernel a = generate(p, 99, i), b = generate(p, 99, i);
      EXPECT_EQ(a.python, b.python);
      EXPECT_EQ(a.kernel_name, b.kernel_name);
      EXPECT_EQ(a.features, b.features);
    }
}

TEST(Generator, ThreadsGiveTheSameBytes) {
  // Workers each own a thread-local workspace; what they produce must not depend on which one runs.
  constexpr uint64_t kCount = 400;
  std::vector<std::string> serial(kCount), parallel(kCount);
  for (uint64_t i = 0; i < kCount; ++i) serial[i] = generate("random", 17, i).python;
  std::vector<std::thread> workers;
  for (uint64_t w = 0; w < 4; ++w)
    workers.emplace_back([&, w] {
      for (uint64_t i = w; i < kCount; i += 4) parallel[i] = generate("random", 17, i).python;
    });
  for (std::thread& t : workers) t.join();
  EXPECT_EQ(serial, parallel);
}

TEST(Generator, OutputDoesNotDependOnCallOrder) {
  // Interleave presets and indices differently; the thread-local workspace must not leak state.
  const GeneratedKernel first = generate("random", 5, 3);
  for (const std::string& p : preset_names()) generate(p, 5, 77);
  EXPECT_EQ(generate("random", 5, 3).python, first.python);
}

TEST(Generator, DifferentIndicesAndSeedsGiveDifferentKernels) {
  for (const std::string& p : preset_names()) {
    EXPECT_NE(generate(p, 1, 0).python, generate(p, 1, 1).python) << p;
    EXPECT_NE(generate(p, 1, 0).python, generate(p, 2, 0).python) << p;
  }
}

TEST(Generator, EveryPresetProducesOneWellFormedKernel) {
  ASSERT_EQ(preset_names().size(), 17u);
  for (const std::string& p : preset_names())
    for (uint64_t i = 0; i < 50; ++i) {
      const GeneratedKernel k = generate(p, 7, i);
      EXPECT_EQ(k.preset, p);
      EXPECT_EQ(k.python.rfind("import warp as wp\n", 0), 0u) << k.python;
      EXPECT_EQ(count_of(k.python, "@wp.kernel\n") + count_of(k.python, "@wp.kernel(enable_backward=False)\n"), 1u)
          << k.python;
      EXPECT_NE(k.python.find("def " + k.kernel_name + "("), std::string::npos) << k.python;
      EXPECT_NE(k.python.find("wp.tid()"), std::string::npos);
      EXPECT_EQ(k.python.find('\t'), std::string::npos);
      const int lines = count_lines(k.python);
      EXPECT_GE(lines, 5) << k.python;
      EXPECT_LE(lines, 80) << k.python;
    }
}

TEST(Generator, UnknownPresetThrows) {
  EXPECT_THROW(generate("no_such_preset", 1, 1), std::invalid_argument);
  EXPECT_THROW(generate("", 1, 1), std::invalid_argument);
}

TEST(Generator, KernelNamesAreUniqueAndWellFormed) {
  const std::regex shape("[a-z_]+_[0-9a-z]{6}");
  for (const std::string& p : {std::string("loop"), std::string("random")}) {
    std::set<std::string> names;
    for (uint64_t i = 0; i < 2000; ++i) {
      const GeneratedKernel k = generate(p, 42, i);
      EXPECT_TRUE(std::regex_match(k.kernel_name, shape)) << k.kernel_name;
      EXPECT_EQ(k.kernel_name.rfind(p + "_", 0), 0u);
      names.insert(k.kernel_name);
    }
    EXPECT_EQ(names.size(), 2000u) << p;
  }
}

TEST(Generator, FeaturesAreSortedUniqueAndMatchTheText) {
  // Each tag and a spelling its presence forces into the text.
  const std::pair<const char*, const char*> kSpelling[] = {
      {"if", "if "},
      {"elif", "elif "},
      {"else", "else:"},
      {"for_static", "for "},
      {"for_dynamic", "for "},
      {"while", "while "},
      {"break", "break\n"},
      {"continue", "continue\n"},
      {"return", "return"},
      {"ternary", " else "},
      {"atomic_add", "wp.atomic_add("},
      {"atomic_min", "wp.atomic_min("},
      {"atomic_exch", "wp.atomic_exch("},
      {"func", "@wp.func"},

      {"array2d", "wp.array2d("},
      {"rand", "wp.rand_init("},
      {"constant", " = wp.constant("},
      {"struct", "\n@wp.struct\nclass "},
      {"static", "wp.static("},
  };
  for (const std::string& p : preset_names())
    for (uint64_t i = 0; i < 100; ++i) {
      const GeneratedKernel k = generate(p, 3, i);
      EXPECT_TRUE(std::is_sorted(k.features.begin(), k.features.end()));
      EXPECT_EQ(std::adjacent_find(k.features.begin(), k.features.end()), k.features.end());
      for (const auto& [tag, text] : kSpelling)
        if (has(k, tag)) {
          EXPECT_NE(k.python.find(text), std::string::npos) << tag << "\n" << k.python;
        }
      // i, j = wp.tid(); a tile kernel's i, lane = wp.tid()
      static const std::regex tid2d(R"(\n    \w+, \w+ = wp\.tid\(\)\n)");
      if (has(k, "tid2d")) {
        EXPECT_TRUE(std::regex_search(k.python, tid2d)) << k.python;
      }
      for (const std::string& f : k.features)
        if (f.rfind("builtin:", 0) == 0) {  // called, or mapped over a tile: wp.tile_map(wp.sin, t)
          const std::string name = "wp." + f.substr(8);
          EXPECT_TRUE(k.python.find(name + "(") != std::string::npos ||
                      k.python.find("wp.tile_map(" + name + ",") != std::string::npos)
              << f << "\n"
              << k.python;
        }
      // A type spelled in the text is tagged (a tagged type may also arise from a builtin's result alone).
      for (const char* type : {"vec3", "vec3d", "mat33", "mat44d", "quat", "transform", "int8", "uint64", "float16"}) {
        const std::string t(type);
        for (const std::string& spelling : {"wp." + t + "(", "dtype=wp." + t + ")", ": wp." + t + ","}) {
          if (k.python.find(spelling) != std::string::npos) {
            EXPECT_TRUE(has(k, t)) << spelling << "\n" << k.python;
          }
        }
      }
      if (has(k, "aug_assign")) {
        EXPECT_TRUE(std::regex_search(k.python, std::regex(R"([-+*/&|^]= )")));
      }
      // And the other way round for the control flow every preset is about.
      if (k.python.find("\n    while ") != std::string::npos) {
        EXPECT_TRUE(has(k, "while"));
      }
      if (k.python.find("elif ") != std::string::npos) {
        EXPECT_TRUE(has(k, "elif"));
      }
      if (k.python.find("wp.atomic_add(") != std::string::npos) {
        EXPECT_TRUE(has(k, "atomic_add"));
      }
      if (k.python.find("@wp.func") != std::string::npos) {
        EXPECT_TRUE(has(k, "func"));
      }
      if (k.python.find("@wp.struct") != std::string::npos) {
        EXPECT_TRUE(has(k, "struct"));
      }
    }
}

TEST(Generator, StructsAreDeclaredAndRead) {
  int with_struct = 0;
  for (uint64_t i = 0; i < 800; ++i) {
    const GeneratedKernel k = generate("random", 5, i);
    if (!has(k, "struct")) continue;
    ++with_struct;
    // the class, then at least one field read: `name = <struct value>.<field>`
    std::smatch m;
    ASSERT_TRUE(std::regex_search(k.python, m, std::regex(R"(@wp\.struct\nclass (\w+):\n)"))) << k.python;
    const std::string name = m[1];
    EXPECT_TRUE(k.python.find(": " + name) != std::string::npos ||
                k.python.find("dtype=" + name + ")") != std::string::npos ||
                k.python.find(" = " + name + "()") != std::string::npos)
        << k.python;
    // and the kernel reads at least one of its fields (`p.mass`, `cells[i].pos`)
    const std::string kernel = k.python.substr(k.python.find("@wp.kernel"));
    bool read = false;
    const std::regex field(R"(\n    (\w+): )");
    const std::string decl = k.python.substr(0, k.python.find("@wp.kernel"));
    for (auto it = std::sregex_iterator(decl.begin(), decl.end(), field); it != std::sregex_iterator(); ++it)
      read = read || std::regex_search(kernel, std::regex("[\\w\\]]\\." + (*it)[1].str() + "\\b"));
    EXPECT_TRUE(read) << k.python;
  }
  EXPECT_GT(with_struct, 16);  // about 6% of the random kernels that are not tile kernels
}

TEST(Generator, PresetsDeliverWhatTheirNameSays) {
  const std::pair<const char*, std::vector<const char*>> kNeeds[] = {
      {"conditional", {"if"}},
      {"loop", {"for_static", "for_dynamic"}},
      {"vector", {"vec3"}},
      {"atomic", {"atomic_add"}},
      {"nested", {"nested_loop", "tid2d"}},
      {"multi_cond", {"elif"}},
      {"scalar_param", {"scalar_param"}},
      {"typed", {"int8", "int16", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float64"}},
      {"geometry", {"quat", "quatd", "transform", "transformd", "mat33", "mat33d", "mat44", "mat44d"}},
      {"stochastic",
       {"builtin:randf", "builtin:randn", "builtin:randi", "builtin:randu", "builtin:noise", "builtin:poisson",
        "builtin:sample_unit_sphere", "builtin:sample_unit_sphere_surface", "builtin:sample_unit_hemisphere",
        "builtin:sample_unit_cube", "builtin:sample_unit_disk", "builtin:sample_unit_square",
        "builtin:sample_unit_hemisphere_surface", "builtin:sample_unit_ring", "builtin:sample_triangle",
        "builtin:pnoise", "builtin:curlnoise"}},
      {"helpers", {"func"}},
      {"tiles", {"tile"}},
  };
  for (const auto& [preset, any_of] : kNeeds)
    for (uint64_t i = 0; i < 200; ++i) {
      const GeneratedKernel k = generate(preset, 11, i);
      bool ok = false;
      for (const char* tag : any_of) ok = ok || has(k, tag);
      EXPECT_TRUE(ok) << preset << "\n" << k.python;
    }
  for (uint64_t i = 0; i < 200; ++i) {
    const GeneratedKernel math = generate("math", 11, i), combined = generate("combined", 11, i);
    auto math_builtin = [](const GeneratedKernel& k) {
      for (const char* b :
           {"sin",      "cos",     "sqrt",  "exp",      "log",     "abs",        "pow",        "tanh",    "min",
            "max",      "clamp",   "floor", "atan2",    "tan",     "asin",       "acos",       "atan",    "sinh",
            "cosh",     "cbrt",    "log2",  "log10",    "sign",    "ceil",       "round",      "trunc",   "frac",
            "degrees",  "radians", "erf",   "copysign", "lerp",    "smoothstep", "step",       "nonzero", "isnan",
            "isfinite", "isinf",   "erfc",  "erfinv",   "erfcinv", "rint",       "div_approx", "div"})
        if (has(k, std::string("builtin:") + b)) return true;
      return false;
    };
    EXPECT_TRUE(math_builtin(math)) << math.python;
    EXPECT_TRUE(math_builtin(combined) && has(combined, "if")) << combined.python;
  }
}

// Kernels with identifiers and numbers replaced by placeholders: what is left is the program's shape.
std::string shape_of(const std::string& python) {
  static const std::regex number(R"(\b[0-9]+(\.[0-9]+)?\b)");
  static const std::regex name(
      R"(\b(?!(?:wp|def|for|in|range|if|elif|else|while|return|and|or|not|import|as|True|False|break|continue|float|int)\b)[A-Za-z_][A-Za-z0-9_]*\b)");
  return std::regex_replace(std::regex_replace(python, number, "N"), name, "ID");
}

TEST(Generator, EveryPresetHasStructuralVariety) {
  // The seed prototype had 66 distinct shapes in 10,150 kernels; every preset here should give a
  // distinct shape for nearly every kernel.
  for (const std::string& p : preset_names()) {
    std::set<std::string> shapes;
    for (uint64_t i = 0; i < 200; ++i) shapes.insert(shape_of(generate(p, 8, i).python));
    EXPECT_GE(shapes.size(), 180u) << p;
  }
}

TEST(Generator, RandomPresetCoversManyFeatures) {
  std::set<std::string> tags;
  for (uint64_t i = 0; i < 3000; ++i)  // helper chains are rare: about 3 kernels in 1000
    for (const std::string& f : generate("random", 4, i).features) tags.insert(f);
  for (const char* t :
       {"while",     "break",       "continue", "return",     "func",    "func_chain", "tid3d",   "array4d",
        "rand",      "mat44",       "quatd",    "transform",  "int8",    "uint64",     "float16", "cast",
        "component", "comp_assign", "ternary",  "atomic_max", "bitwise", "nested_loop"})
    EXPECT_TRUE(tags.count(t)) << t;
  EXPECT_GE(tags.size(), 120u);  // of ~190 tags; tid4d-style rarities need more kernels
}

}  // namespace
}  // namespace ws::gen

namespace ws::gen {
namespace {

TEST(GeneratorPath, VirtualFileNameIsDerivedFromTheKernelName) {
  for (uint64_t i = 0; i < 20; ++i) {
    GeneratedKernel k = generate("loop", 5, i);
    EXPECT_EQ(k.path, "warpsynth/" + k.kernel_name + ".py");
  }
}

}  // namespace
}  // namespace ws::gen
