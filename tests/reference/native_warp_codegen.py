"""Ground truth for the native backend tests: compiles Python sources with real Warp exactly the way
the reference worker does and prints one JSON object per line to stdout.

Input on stdin: JSON lines {"path": virtual path, "source": text}. Each case gets a fresh module
and the function-name counters of a freshly started interpreter, so cases are independent.
"""

import contextlib
import json
import linecache
import sys
import types

import warp as wp

wp.config.quiet = True
with contextlib.redirect_stdout(sys.stderr):  # keep stdout for the JSON protocol
    wp.init()

import warp._src.context as ctx  # noqa: E402
from warp._src.context import ModuleBuilder  # noqa: E402

INITIAL_COUNTS = dict(ctx.function_key_counts)


def compile_case(index, path, src):
    ctx.function_key_counts.clear()
    ctx.function_key_counts.update(INITIAL_COUNTS)
    linecache.cache[path] = (len(src), None, src.splitlines(True), path)
    modname = f"warpsynth_native_case_{index}"
    mod = types.ModuleType(modname)
    mod.__file__ = path
    sys.modules[modname] = mod
    exec(compile(src, path, "exec"), mod.__dict__)
    m = wp.get_module(modname)
    opts = m.resolve_options(wp.config)
    m.hash_module()
    out = {}
    for dev in ("cpu", "cuda"):
        o = opts | {"output_arch": None if dev == "cpu" else 75}
        b = ModuleBuilder(m, o, hasher=m.hashers.get(o["block_dim"]), target=dev)
        out[dev] = b.codegen(dev)
    hasher = m.hashers.get(opts["block_dim"])
    kernels = [
        {"name": k.key, "mangled": k.get_mangled_name(), "line": k.func.__code__.co_firstlineno}
        for k in hasher.get_unique_kernels()
    ]
    return {"ok": True, "kernels": kernels, "cpu": out["cpu"], "cuda": out["cuda"]}


for index, line in enumerate(sys.stdin):
    case = json.loads(line)
    try:
        result = compile_case(index, case["path"], case["source"])
    except Exception as e:  # noqa: BLE001 -- any Warp failure is reported, not fatal
        result = {"ok": False, "error": f"{type(e).__name__}: {e}"}
    print(json.dumps(result), flush=True)
