#!/usr/bin/env python3
"""Runs a dataset's kernels on a CUDA GPU with real Warp: each record's Python is loaded the way the
reference worker loads it (same virtual path), launched forward and backward on random inputs, and the
CUDA source Warp compiled for the launch is compared with the record's `cuda.module`. Needs a GPU,
warp-lang (the pinned version) and records written with --full-module. `--device cpu` only launches,
through Warp's CPU backend (its bundled clang): Warp builds CPU launches with block_dim 1, so their
source differs from the records' (Warp's default 256) by design and is not compared.

    python scripts/gpu_check.py OUT_DIR [--limit N] [--device cuda:0|cpu]

Prints one line per kernel and a summary; exits non-zero unless every kernel passed: its compiled
source is the record's (on CUDA) and its forward and backward launches ran. A launch that faults (the kernel indexing out of bounds on the random
inputs) is reported as such: each kernel runs in its own process, so one fault does not stop the rest.
"""

import argparse
import json
import linecache
import pathlib
import re
import subprocess
import sys
import traceback
import types

import numpy as np

from compile_check import records  # the same reader of the shards


def load_module(record):
    """The reference worker's loading: a fresh module object whose source Warp reads via linecache."""
    path, src = record["path"], record["python"]
    name = "warpsynth_gpu"
    linecache.cache[path] = (len(src), None, src.splitlines(True), path)
    mod = types.ModuleType(name)
    mod.__file__ = path
    sys.modules[name] = mod
    exec(compile(src, path, "exec"), mod.__dict__)
    return mod


def launch_dim(python, kernel_name):
    """wp.tid() unpacked into k names means a k-dimensional launch; keep every launch at 64 threads."""
    body = python.split(f"def {kernel_name}(", 1)[1]
    m = re.search(r"^\s*([\w\s,]+?)\s*=\s*wp\.tid\(\)", body, re.M)
    k = len(m.group(1).split(",")) if m else 1
    return {1: 64, 2: (8, 8), 3: (4, 4, 4), 4: (4, 4, 2, 2)}[k]


def random_value(wt, dtype, rng, count=None):
    """`count` values (or one) of a Warp scalar/vector/matrix type: small non-negative numbers, so that
    data-dependent loop bounds and indices stay small."""
    shape = (count,) if count is not None else ()
    if wt.type_is_vector(dtype) or wt.type_is_matrix(dtype) or wt.type_is_quaternion(dtype) or \
            wt.type_is_transformation(dtype):
        shape += tuple(dtype._shape_)
        scalar = dtype._wp_scalar_type_
    else:
        scalar = dtype
    if scalar is wt.bool:
        data = rng.random(shape) < 0.5
    elif scalar in wt.int_types:
        data = rng.integers(0, 4, size=shape)
    else:
        data = rng.random(shape)
    np_type = wt.warp_type_to_np_dtype[scalar]
    data = np.asarray(data).astype(np_type)
    if count is not None:
        return data
    return dtype(*data.flatten()) if shape else scalar(data.item())


def make_inputs(wp, wt, kernel, rng, device):
    """Arrays (padded well past the launch size, since kernels index with computed offsets) and scalars
    for every argument; float arrays get gradients so the backward kernel has somewhere to write."""
    values, grads = [], []
    for arg in kernel.adj.args:
        t = arg.type
        if isinstance(t, wt.array):
            shape = (4096,) if t.ndim == 1 else (64,) * t.ndim
            count = int(np.prod(shape))
            if wt.type_is_struct(t.dtype):
                a = wp.zeros(shape, dtype=t.dtype, device=device)
            else:
                data = random_value(wt, t.dtype, rng, count).reshape(shape + tuple(getattr(t.dtype, "_shape_", ())))
                float_type = wt.type_scalar_type(t.dtype) in wt.float_types
                a = wp.array(data, dtype=t.dtype, device=device, requires_grad=float_type)
                if float_type:
                    grads.append(a)
            values.append(a)
        elif wt.type_is_struct(t):
            values.append(t())  # a zero-initialized instance
        else:
            values.append(random_value(wt, t, rng))
    return values, grads


def compiled_source(wp, kernel, device):
    """The source file Warp wrote into its kernel cache for the module it built for the launch."""
    ident = kernel.module.get_module_identifier(block_dim=1 if not device.is_cuda else None)
    path = pathlib.Path(wp.config.kernel_cache_dir) / ident / f"{ident}.{'cu' if device.is_cuda else 'cpp'}"
    return path.read_text() if path.exists() else None


def first_difference(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1}: compiled {x!r} vs record {y!r}"
    return f"lengths differ: {len(la)} vs {len(lb)} lines"


def check_one(rec, device_name):
    """Loads, compiles and runs one record in this process. Returns (exit code, verdict): 0 the source is
    identical and both passes ran, 1 a difference or an error, 3 the launch faulted (the kernel's own
    indexing went out of bounds on these inputs: Warp does not bounds-check release builds)."""
    import warp as wp
    import warp._src.types as wt  # the type predicates and tables Warp's own codegen uses

    wp.config.quiet = True
    wp.config.verify_cuda = True  # a failed launch raises here instead of passing silently
    wp.init()
    device = wp.get_device(device_name)
    rng = np.random.default_rng(rec["index"])
    mod = load_module(rec)
    kernel = getattr(mod, rec["kernel_name"])
    kernel.module.load(device)  # compile first: the source is compared even if the launch faults
    source = compiled_source(wp, kernel, device)
    record_module = (rec.get("cuda") or {}).get("module")
    if not device.is_cuda:  # Warp builds CPU launches with block_dim 1, records with Warp's 256
        same, note = True, "cpu: source not compared"
    elif record_module is None:
        return 1, "record has no cuda.module: write it with --full-module"
    elif source == record_module:
        same, note = True, "source identical"
    else:
        same, note = False, "SOURCE DIFFERS: " + (first_difference(source, record_module) if source else "no .cu found")
    try:
        inputs, grads = make_inputs(wp, wt, kernel, rng, device)
        tape = wp.Tape()
        with tape:
            wp.launch(kernel, dim=launch_dim(rec["python"], rec["kernel_name"]), inputs=inputs, device=device)
        backward = kernel.options.get("enable_backward", True) and grads
        if backward:
            tape.backward(grads={a: wp.ones_like(a) for a in grads})
        wp.synchronize_device(device)
    except Exception as e:
        if "illegal memory access" in str(e) or "error 700" in str(e):
            return 3, f"{note}; launch FAULTED (illegal memory access)"
        return 1, f"{note}; launch FAILED\n{traceback.format_exc(limit=4)}"
    return (0 if same else 1), ("ran forward" + (" and backward" if backward else "") + ", " + note)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=pathlib.Path, nargs="?")
    ap.add_argument("--limit", type=int, default=0, help="check only the first N records (0: all)")
    ap.add_argument("--device", default="cuda:0")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # internal: a child, record on stdin
    args = ap.parse_args()

    if args.one:
        try:
            code, verdict = check_one(json.loads(sys.stdin.read()), args.device)
        except Exception:
            code, verdict = 1, "FAILED\n" + traceback.format_exc(limit=4)
        print(verdict, flush=True)
        sys.exit(code)
    if args.dir is None:
        ap.error("the dataset directory is required")

    # One process per kernel: a kernel that faults leaves its CUDA context unusable, and must not take
    # the kernels after it down with it. Each child is handed its record; the shards are read once.
    counts = {0: 0, 1: 0, 3: 0}
    total = 0
    for rec in records(args.dir, args.limit):
        total += 1
        label = f"{rec['index']:>6} {rec['preset']:<13} {rec['kernel_name']}"
        cmd = [sys.executable, __file__, "--one", "--device", args.device]
        try:
            p = subprocess.run(cmd, input=json.dumps(rec), capture_output=True, text=True, timeout=300)
            code, verdict = p.returncode, (p.stdout.strip().splitlines() or [p.stderr.strip()[-400:]])
            verdict = "\n".join(verdict) if code == 1 else verdict[-1]
        except subprocess.TimeoutExpired:
            code, verdict = 1, "FAILED: no result within 300 s"
        counts[code if code in counts else 1] += 1
        print(f"{label}  {verdict}", flush=True)
    print(f"kernels: {total}; passed: {counts[0]}; launch faulted: {counts[3]}; failed or source differs: {counts[1]}")
    sys.exit(0 if total and counts[0] == total else 1)


if __name__ == "__main__":
    main()
