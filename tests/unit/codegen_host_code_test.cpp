#include <gtest/gtest.h>

#include <deque>
#include <set>
#include <string>
#include <vector>

#include "codegen/host_code.h"
#include "frontend/tokenizer.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

using frontend::Unsupported;

std::vector<std::string> binds(const std::string& src) {
  std::vector<frontend::Token> toks = frontend::tokenize(src);
  std::vector<std::string> names;
  for (const HostName& n : scan_host_code(toks).binds) names.emplace_back(n.name);
  return names;
}

using Names = std::vector<std::string>;

TEST(HostCode, BindsModuleLevelNames) {
  EXPECT_EQ(binds("def f(a=1, *b, **c):\n    x = 1\n"), (Names{"f"}));
  EXPECT_EQ(binds("class A(B):\n    x = 1\n    def m(self):\n        global g, h\n        g = 1\n"),
            (Names{"A", "g", "h"}));
  EXPECT_EQ(binds("a, (b, *c) = 1, (2, 3)\nd.x = 1\ne[i] = 2\nf: int = 3\ng += 1\nh = k = 0\n"),
            (Names{"a", "b", "c", "f", "g", "h", "k"}));
  EXPECT_EQ(binds("for i, j in x:\n    k = 1\n"), (Names{"i", "j", "k"}));
  EXPECT_EQ(binds("with open(a) as f, b as (g, h):\n    pass\n"), (Names{"f", "g", "h"}));
  EXPECT_EQ(binds("try:\n    import numpy as np\nexcept ImportError as e:\n    np = None\n"), (Names{"np", "e", "np"}));
  EXPECT_EQ(binds("if (n := 3) > 2: m = [i for i in range(n)]\n"), (Names{"n", "m"}));
  EXPECT_EQ(binds("del a, b.c\nlambda x: x\nf(a=1)\nx.y(z=2)\n"), (Names{"a"}));
  EXPECT_EQ(binds("from .m import (x as y, z,)\nimport a.b.c, d.e as f\n"), (Names{"y", "z", "a", "f"}));
}

TEST(HostCode, RecordsImportsAtAnyScope) {
  std::vector<frontend::Token> toks = frontend::tokenize("def f():\n    import warp.render as r\n");
  HostScan scan = scan_host_code(toks);
  EXPECT_TRUE(scan.binds.size() == 1 && scan.binds[0].name == "f");
  ASSERT_EQ(scan.imports.size(), 1u);
  EXPECT_EQ(scan.imports[0].module, "warp.render");
  EXPECT_EQ(scan.imports[0].bound, "r");
  EXPECT_FALSE(imports_warp_module(scan.imports[0]));
  EXPECT_TRUE(imports_from_warp(scan.imports[0]));
}

TEST(HostCode, DeclinesBindingsItDoesNotModel) {
  EXPECT_THROW(binds("def f():\n    from math import *\n"), Unsupported);
  EXPECT_THROW(binds("class A:\n    from math import *\n"), Unsupported);
  EXPECT_THROW(binds("match x:\n    case 1:\n        pass\n"), Unsupported);
}

TEST(HostCode, RecordsStarImportsWithoutBindingNames) {
  std::vector<frontend::Token> toks =
      frontend::tokenize("try:\n    from ..m import *\nexcept ImportError:\n    pass\n");
  HostScan scan = scan_host_code(toks);
  EXPECT_TRUE(scan.binds.empty());
  ASSERT_EQ(scan.imports.size(), 1u);
  EXPECT_EQ(scan.imports[0].module, "..m");
  EXPECT_EQ(scan.imports[0].name, "*");
  EXPECT_EQ(scan.imports[0].bound, "");
}

// What a star-imported module runs and binds, or a throw.
ImportedModule imported(const std::string& src) {
  static std::deque<std::string> sources;  // what the result views: never moved
  sources.push_back(src);
  std::vector<frontend::Token> toks = frontend::tokenize(sources.back());
  return scan_imported_module(toks);
}

TEST(HostCode, ImportedModuleChecksOnlyWhatItsImportRuns) {
  // bodies nothing calls on import, decorators registering into the module itself, the main guard
  ImportedModule m = imported(
      "import warp as wp\nimport warp.render\n"
      "@contextlib.contextmanager\ndef quiet():\n    wp._src.context.runtime.core.x()\n    yield\n"
      "@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    pass\n"
      "@wp.func\ndef f(x: float):\n    return x\n"
      "@wp.kernel(enable_backward=False)\ndef g():\n    pass\n"
      "class Runner:\n    def run(self):\n        wp.config.mode = 'debug'\n"
      "if __name__ == '__main__':\n    wp.config.mode = 'debug'\n");
  ASSERT_EQ(m.warp_functions.size(), 1u);
  EXPECT_EQ(m.warp_functions[0].name, "f");
  EXPECT_EQ(m.warp_modules, (std::set<std::string_view, std::less<>>{"warp", "wp"}));
  EXPECT_FALSE(m.all);
  // subclassing runs only the base's __init_subclass__
  imported("import warp as wp\nclass A:\n    def m(self):\n        wp.config.mode = 'debug'\nclass B(A):\n    pass\n");
  // a function its module-level code names runs (transitively), and so does a class used as a base
  for (const char* src : {
           "import warp as wp\ndef a():\n    wp.config.mode = 'debug'\ndef b():\n    a()\nb()\n",
           "import warp as wp\nclass A:\n    def __init_subclass__(cls):\n        wp.set_module_options({})\n"
           "class B(A):\n    pass\n",
           "import warp as wp\nclass A:\n    def __init__(self):\n        wp.set_module_options({})\n"
           "class B(A):\n    def __init__(self):\n        super().__init__()\nb = B()\n",
           "import warp as wp\n@some.decorator\ndef f():\n    wp.config.mode = 'debug'\n",
           "import warp as wp\n@wp.kernel(module='other')\ndef k():\n    pass\n",
           "import warp as wp\nwp.config.mode = 'debug'\n",
           "from warp._src import context\ncontext.user_modules.clear()\n",
       }) {
    EXPECT_THROW(imported(src), Unsupported) << src;
  }
}

// A name bound only by `import M` of a standard-library module M: a star import of the module binds
// it to M itself, as the file's own `import M` would.
TEST(HostCode, ImportedModuleNamesItsStandardLibraryModules) {
  ImportedModule m = imported(
      "import unittest\nimport functools as ft\nimport typing\ntyping = 3\nimport contextlib\n"
      "from abc import abstractmethod\ntry:\n    import dataclasses\nexcept ImportError:\n    dataclasses = None\n");
  EXPECT_EQ(m.stdlib_modules, (std::set<std::string_view, std::less<>>{"contextlib", "unittest"}));
}

TEST(HostCode, ImportedModuleAllIsALiteral) {
  ImportedModule m = imported("__all__ = [\n    'a',\n    \"b\",\n]\na = b = 1\n");
  ASSERT_TRUE(m.all);
  ASSERT_EQ(m.all->size(), 2u);
  EXPECT_EQ((*m.all)[0].name, "a");
  EXPECT_EQ((*m.all)[1].name, "b");
  for (const char* src : {"__all__ = ['a']\n__all__ += ['b']\n", "__all__ = [name for name in x]\n",
                          "__all__ = ['a', f'b']\n", "if x:\n    __all__ = ['a']\n", "__all__ = 'a b'.split()\n"}) {
    EXPECT_THROW(imported(src), Unsupported) << src;
  }
}

// Declines (throws) or returns the mutable constants named. The source is the file's host code as one
// statement span; `registers` names add_function_test as Warp's own.
std::vector<std::string> check(const std::string& src, bool registers = false) {
  std::vector<frontend::Token> toks = frontend::tokenize(src);
  const std::span<const frontend::Token> code[] = {toks};
  HostContext ctx;
  if (registers) ctx.registers_only = {"add_function_test"};
  ctx.warp_modules = {"wp"};
  ctx.warp_related = {"wp", "render"};
  for (const HostImport& i : scan_host_code(toks).imports) {  // as module_env binds them
    if (imports_warp_module(i)) ctx.warp_modules.insert(i.bound);
    if (imports_from_warp(i)) {
      ctx.warp_related.insert(i.bound);
      ctx.warp_paths[i.bound].insert(warp_path(i));
    }
  }
  ctx.registered = {"k"};
  ctx.mutable_constants = {"V"};
  ctx.stdlib_names = {{"unittest", "unittest"}, {"ft", "functools"}, {"dataclass", "dataclasses.dataclass"}};
  std::vector<std::string> names;
  for (const HostName& n : check_host_code(code, ctx)) names.emplace_back(n.name);
  return names;
}

// Function bodies count where code that runs on import names them, transitively; add_function_test only
// stores its function (and its class) as a test.
TEST(HostCode, ChecksOnlyTheFunctionBodiesThatRunOnImport) {
  const std::string body = "import warp as wp\ndef test_a(test, device):\n    wp.config.mode = 'debug'\n";
  EXPECT_EQ(check(body), Names{});
  EXPECT_EQ(check(body + "class T:\n    pass\nadd_function_test(T, 'test_a', test_a, devices=None)\n", true), Names{});
  const std::pair<std::string, bool> declined[] = {
      {body + "test_a(None, None)\n", false},                                                 // called
      {body + "def b():\n    test_a(None, None)\nb()\n", false},                              // transitively
      {body + "add_function_test(T, 'test_a', test_a)\n", false},                             // not Warp's
      {body + "add_function_test(T, 'test_a', func=test_a)\n", true},                         // a keyword: named
      {body + "tests = [test_a]\n", false},                                                   // named: may be called
      {body + "class T:\n    f = test_a\n", false},                                           // class bodies run
      {body + "@unittest.skipUnless(test_a(None, None), 'x')\ndef c():\n    pass\n", false},  // decorators run
      {"import warp as wp\ndef __getattr__(name):\n    wp.config.mode = 'debug'\n", false},   // PEP 562
      {"import warp as wp\nclass A:\n    def m(self):\n        wp.config.mode = 'd'\nA().m()\n", false},
  };
  for (const auto& [src, registers] : declined) EXPECT_THROW(check(src, registers), Unsupported) << src;
  // a global read by name and only registered; anywhere else it may be called or rebound
  EXPECT_EQ(
      check(body + "def _add(n):\n    add_function_test(T, n, globals()[n], devices=None)\n_add('test_a')\n", true),
      Names{});
  const std::pair<std::string, bool> read_by_name[] = {
      {"add_function_test(T, 'a', globals()['test_a'])\n", false},   // not Warp's
      {"add_function_test(T, globals()['a'], test_a)\n", true},      // not its function
      {"add_function_test(T, 'a', globals()['test_a']())\n", true},  // called
      {"f(globals()['test_a'])\n", true},
  };
  for (const auto& [src, registers] : read_by_name) EXPECT_THROW(check(body + src, registers), Unsupported) << src;
  // a definition without a name is invalid Python (found by the parser fuzzer: it read past the header)
  for (const char* src : {"def :\n    pass\n", "class :\n    pass\n", "async def :\n    pass\n"})
    EXPECT_THROW(check(src), frontend::SyntaxError) << src;
}

TEST(HostCode, AcceptsHarmlessHostCode) {
  EXPECT_EQ(check("class A:\n    @staticmethod\n    def f(n=wp.vec3(0.0)):\n        wp.launch(k, dim=n)\n"), Names{});
  EXPECT_EQ(check("print(f'{x!r:>{w}} {{y}} {np.sum(a):.2f}')\nrender.OpenGLRenderer()\n"), Names{});
  EXPECT_EQ(check("import warp as wp\nfrom warp.render import OpenGLRenderer\n"), Names{});
  EXPECT_EQ(check("def f():\n    V[0] = 1.0\nf()\n"), (Names{"V"}));
  EXPECT_EQ(check("def f():\n    V[0] = 1.0\n"), Names{}) << "never runs on import";
  EXPECT_EQ(check("import os, importlib.util\nUSD = importlib.util.find_spec('pxr') is not None\n"), Names{});
  // imports of Warp's internals bind names whose uses are checked; reads of the config and of data
  for (const char* src : {
           "import warp._src.context as wc\nfrom warp._src.codegen import WarpCodegenError, codegen_func_forward\n",
           "from warp._src.context import ModuleBuilder\nfrom warp import kernel, config\n",
           "x = [*wp._src.types.scalar_types]\nfor t in wp._src.types.scalar_types:\n    v = wp._src.types.vector(2, "
           "t)\n",
           "if wp.config.enable_cpu_blocks and wp.config.mode == 'debug':\n    pass\n",
           "m = wp.config.LaunchArrayAccessMode.CHECKED\nf(mode=wp.config.mode)\n",
           "ok = wp._src.context.runtime.core.wp_is_mathdx_enabled()\nc = wp._src.context.runtime.is_cuda_enabled\n",
           "from warp._src.utils import check_p2p\nfrom warp._src import logger as lg\ncheck_p2p()\nlg.log_info('x')\n",
           "from warp._src.codegen import WarpCodegenError\ntry:\n    pass\nexcept WarpCodegenError:\n    pass\n",
           "from importlib import util\nimport importlib as il\ndef f():\n    il.reload(util.module_from_spec(s))\n",
           "wp._src.context.runtime.core.wp_set_error_output_enabled(False)\n",
           "n = wp._src.context.runtime.core.wp_cuda_graph_insert_empty_node(ctx)\n",
           "import builtins\ndef f():\n    builtins.__import__ = g\n",    // a body that never runs
           "_THIS = sys.modules[__name__]\ndef f():\n    _THIS.N = 1\n",  // the module object, in a body that never
                                                                          // runs
           "def test_f(test, device):\n    wp._src.context.ModuleBuilder(m, {})\n",  // never runs on import
       }) {
    EXPECT_EQ(check(src), Names{}) << src;
  }
}

TEST(HostCode, AcceptsStandardLibraryDecoratorsAtAnyDepth) {
  EXPECT_EQ(check("@unittest.skipUnless(USD, 'Requires usd-core')\ndef test_f(test, device):\n    pass\n"), Names{});
  EXPECT_EQ(check("@dataclass(frozen=True)\nclass P:\n    x: float = 1.0\n"), Names{});
  EXPECT_EQ(check("if X:\n    @ft.lru_cache(maxsize=None)\n    def f(n):\n        return n\n"), Names{});
  EXPECT_EQ(check("@unittest.expectedFailure\ndef f():\n    pass\n"), Names{});
  EXPECT_EQ(check("class A:\n    @unittest.skip('x')\n    def f(self):\n        pass\n"), Names{});
  EXPECT_EQ(check("def g():\n    @ft.wraps(g)\n    def f():\n        pass\n"), Names{});
}

// module_env trusts a standard-library decorator's name only where no host code may rebind it.
TEST(HostCode, MayRebindSeesEveryUseButReadsAndDecorators) {
  auto rebinds = [](const std::string& src, std::string_view name) {
    std::vector<frontend::Token> toks = frontend::tokenize(src);
    return may_rebind(toks, name);
  };
  for (const char* src :
       {"@unittest.skip('x')\ndef f():\n    unittest.main()\n", "import unittest.mock\n", "from unittest import mock\n",
        "x = unittest.TestCase\n", "if unittest.x == 1:\n    pass\n", "self.unittest = 1\n"}) {
    EXPECT_FALSE(rebinds(src, "unittest")) << src;
  }
  for (const char* src :
       {"unittest = None\n", "def f(unittest):\n    pass\n", "def g():\n    def unittest():\n        pass\n",
        "import x as unittest\n", "from x import unittest\n", "for unittest in y:\n    pass\n",
        "unittest.skip = register\n", "unittest.a.b += 1\n", "del unittest.skip\n", "global unittest\n",
        "f(unittest)\n", "try:\n    pass\nexcept E as unittest:\n    pass\n"}) {
    EXPECT_TRUE(rebinds(src, "unittest")) << src;
  }
}

TEST(HostCode, DeclinesOtherDecorators) {
  for (const char* src : {
           "@unittest.mock.patch('x')\ndef f():\n    pass\n",                   // not a listed decorator
           "@ft.partial(register)\ndef f():\n    pass\n",                       // calls `register` with f
           "@functools.cache\ndef f():\n    pass\n",                            // functools not bound by an import
           "@dataclass.x\nclass P:\n    pass\n",                                // an attribute of the decorator
           "@unittest.skip('x')(y)\ndef f():\n    pass\n",                      // calls the result
           "@unittest.skip('x') or y\ndef f():\n    pass\n",                    // any other expression
           "@unittest.skipUnless(wp.get_module(), 'x')\ndef f():\n    pass\n",  // arguments are code
       }) {
    EXPECT_THROW(check(src), Unsupported) << src;
  }
}

TEST(HostCode, DeclinesWhatCouldChangeTheCode) {
  for (const char* src : {
           "wp.config.mode = 'debug'\n",
           "def f():\n    wp.set_module_options({})\nf()\n",
           "render.something.kernel(f)\n",
           "wp.some_flag = 1\n",
           "m = wp\n",
           "@functools.cache\ndef f():\n    pass\n",
           "@staticmethod\ndef f():\n    pass\n",
           "class A:\n    @property.setter\n    def f(self):\n        pass\n",
           "print(f'{eval(x)}')\n",
           "print(f'{(y := 1)}')\n",
           "x = sys.modules[__name__]\nx.N = 1\n",
           "x = sys.modules[__name__]\nf(x)\n",
           "f(sys.modules[__name__])\n",
           "x = sys.modules[__name__].N\n",
           "setattr(obj, 'x', 1)\n",
           "k.options['enable_backward'] = False\n",
           "from warp import kernel\nkernel(f)\n",
           "from warp._src.context import ModuleBuilder\nb = ModuleBuilder(m, {})\n",
           "import warp.context\nwarp.context.user_modules.clear()\n",
           "import warp._src.codegen as cg\ncg.options['x'] = 1\n",
           "import warp._src.codegen as cg\nf(cg)\n",
           "from warp._src.codegen import codegen_func_forward\ncodegen_func_forward(adj)\n",
           "wp._src.codegen.make_full_qualified_name = f\n",
           "f(wp._src)\n",
           "mock.patch.object(wp._src.context.runtime.core, 'wp_is_mathdx_enabled', f)\n",
           "wp._src.context.runtime.core.wp_is_mathdx_enabled.restype = None\n",
           "wp._src.context.runtime.set_default_device('cpu')\n",
           "mock.patch.object(wp._src.context.runtime, 'x', 1)\n",
           "mock.patch.object(wp.config, 'mode', 'debug')\n",
           "mock.patch.object(wp._src.types, 'type_repr', f)\n",
           "from warp._src import types as wt\nf(wt)\n",
           "from warp import config\nconfig.mode = 'debug'\n",
           "wp.config.verify_fp += 1\n",
           "del wp.config.mode\n",
           "for wp.config.mode in modes:\n    pass\n",
           "with modes() as wp.config.mode:\n    pass\n",
           "importlib.import_module('warp._src.context')\n",
           "from importlib import import_module\nm = import_module('x')\n",
           "import importlib as il\nil.reload(x)\n",
           "from importlib import util\ndef f():\n    util.module_from_spec(s)\nf()\n",
           "importlib.util.find_spec('pkg.sub')\n",
           "importlib.reload(x)\n",
           "import builtins\nbuiltins.__import__ = f\n",
           "import builtins as b\nb.__import__ = f\n",
           "def f(k: wp.Kernel):\n    pass\nf.__annotations__['k'](func=g, key='x')\n",
           "def f(k: wp.Kernel(func=g, key='x')):\n    pass\n",
           "def f(k=wp.Kernel):\n    pass\n",
           "def f(k: wp.Kernel.x):\n    pass\n",
       }) {
    EXPECT_THROW(check(src), Unsupported) << src;
  }
}

}  // namespace
}  // namespace ws::codegen
