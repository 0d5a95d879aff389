"""Independent oracle for tests of files inside a project: import a module the way the project itself
would (its directories first on sys.path, then `import pkg.mod`, or a script by its path), and print,
as one JSON object, Warp's own codegen of that module per device and each kernel's mangled name and
line. Shares no code with warpsynth's worker.

    warp_package_codegen.py SYS_PATH (':'-separated) MODULE|SCRIPT.py DEVICES"""

import importlib
import importlib.util
import json
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the fixture

import warp as wp  # noqa: E402

wp.config.quiet = True
wp.init()
from warp._src.context import ModuleBuilder  # noqa: E402

sys_path, target, devices = sys.argv[1].split(":"), sys.argv[2], sys.argv[3].split(",")
sys.path[:0] = sys_path
if target.endswith(".py"):
    name = "oracle_script"
    spec = importlib.util.spec_from_file_location(name, target)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
else:
    name = target
    importlib.import_module(name)
m = wp.get_module(name)
options = m.resolve_options(wp.config)
m.hash_module()
out = {"modules": {}, "kernels": []}
builder = None
for device in devices:
    o = options | {"output_arch": None if device == "cpu" else 75}
    builder = ModuleBuilder(m, o, hasher=m.hashers.get(o["block_dim"]), target=device)
    out["modules"][device] = builder.codegen(device)
out["kernels"] = [
    {"name": k.key, "mangled": k.get_mangled_name(), "line": k.func.__code__.co_firstlineno} for k in builder.kernels
]
print(json.dumps(out))
