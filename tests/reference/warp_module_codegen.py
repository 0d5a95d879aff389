"""Independent oracle for tests: import a Python file the way a user would (a real module loaded from
its real path) and print, as one JSON object, Warp's own codegen of the whole module per device and
each kernel's mangled name. Shares no code with warpsynth's worker."""

import importlib.util
import json
import sys

import warp as wp

wp.config.quiet = True
wp.init()
from warp._src.context import ModuleBuilder  # noqa: E402

path, devices = sys.argv[1], sys.argv[2].split(",")
spec = importlib.util.spec_from_file_location("oracle_module", path)
module = importlib.util.module_from_spec(spec)
sys.modules["oracle_module"] = module
spec.loader.exec_module(module)
m = wp.get_module("oracle_module")
options = m.resolve_options(wp.config)
m.hash_module()
out = {"modules": {}, "kernels": []}
builder = None
for device in devices:
    o = options | {"output_arch": None if device == "cpu" else 75}
    builder = ModuleBuilder(m, o, hasher=m.hashers.get(o["block_dim"]), target=device)
    out["modules"][device] = builder.codegen(device)
out["kernels"] = [{"name": k.key, "mangled": k.get_mangled_name()} for k in builder.kernels]
print(json.dumps(out))
