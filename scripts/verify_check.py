#!/usr/bin/env python3
"""Checks the `verification` field of records written by `warpsynth generate --verify run` against real
Warp: each kernel is launched with Warp's own CPU backend on the inputs the field describes
(docs/dataset-format.md, "verification"), forward and then backward with gradients of ones, and the
sha256 digest of every array and gradient is compared with the record's. A tiled kernel (its contract
has "block_dim") is launched as `generate --verify run` runs it: wp.launch_tiled(kernel, dim=<launch>,
block_dim=B) with wp.config.enable_cpu_blocks = True; its arrays may be tile-shaped ({"tile": [...],
"axes": [...]}, see array_shape).

    python scripts/verify_check.py DIR [--limit N]

Prints one line per kernel and a summary; exits 0 when every digest matched, 1 otherwise, 2 when there
was no verified record. Records with arrays of @wp.struct elements whose fields are arrays or structs
(the generator writes none) are skipped (counted as such).
"""

import argparse
import hashlib
import json
import pathlib
import re
import sys

import numpy as np

from compile_check import records  # the same reader of the shards
from gpu_check import load_module  # the same loading as the reference worker

MASK = (1 << 64) - 1


def splitmix64(x):
    """splitmix64 over a numpy uint64 array (wrapping arithmetic)."""
    with np.errstate(over="ignore"):
        x = x + np.uint64(0x9E3779B97F4A7C15)
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


class Inputs:
    """The counter-based input stream: component k comes from splitmix64(input_seed + k)."""

    def __init__(self, seed, launch):
        self.seed, self.k = seed, 0
        self.flo, self.fhi = launch.get("float_range", [-1.0, 1.0])
        self.ilo, self.ihi = launch.get("int_range", [0, 8])

    def raw(self, count):
        with np.errstate(over="ignore"):
            ks = np.uint64(self.seed) + np.arange(self.k, self.k + count, dtype=np.uint64)
        self.k += count
        return splitmix64(ks)

    def draw(self, count, np_type):
        return self.convert(self.raw(count), np_type)

    def convert(self, x, np_type):
        if np_type == np.bool_:
            return (x & np.uint64(1)).astype(np.bool_)
        if np.issubdtype(np_type, np.floating):
            u = (x >> np.uint64(11)).astype(np.float64) * (1.0 / 9007199254740992.0)
            v = self.flo + u * (self.fhi - self.flo)
            return v.astype(np.float32).astype(np.float16) if np_type == np.float16 else v.astype(np_type)
        lo = max(self.ilo, 0) if np.issubdtype(np_type, np.unsignedinteger) else self.ilo
        return (np.int64(lo) + (x % np.uint64(self.ihi - lo + 1)).astype(np.int64)).astype(np_type)


def paren_items(text, open_at):
    """The trimmed comma-separated items of the parenthesized list opening at text[open_at], and the
    position of its closing parenthesis (nesting of () and [] respected)."""
    items, depth, end = [""], 0, open_at
    while end < len(text):
        ch = text[end]
        depth += ch in "(["
        depth -= ch in ")]"
        if depth == 0:
            break
        if ch == "," and depth == 1:
            items.append("")
        elif end > open_at:
            items[-1] += ch
        end += 1
    return [it.strip(" \n") for it in items], end


def shape_readers(py):
    """Names whose .shape/.strides/.ndim the Python reads, directly or through @wp.func parameters
    (any number of calls deep): they get no gradient. The same rule as shape_readers in
    src/verify/verify.cpp."""
    out = {m.group(1) for m in re.finditer(r"\b(\w+)\.(shape|strides|ndim)\b", py)}
    while True:
        before = len(out)
        for d in re.finditer(r"\ndef (\w+)\(", py):
            fn = d.group(1)
            params, end = paren_items(py, d.end() - 1)
            stops = [i for i in (py.find("\n@", end), py.find("\ndef ", end)) if i >= 0]
            body = py[end:min(stops)] if stops else py[end:]
            for i, p in enumerate(params):
                name = p.split(":")[0]
                if not name or name not in out:
                    continue
                for c in re.finditer(rf"\b{fn}\(", py):
                    if py[max(0, c.start() - 4):c.start()] == "def ":
                        continue
                    args, _ = paren_items(py, c.end() - 1)
                    if i < len(args):
                        out.add(args[i])
        if len(out) == before:
            return out


def array_shape(spec, launch):
    """An array's shape under the contract (docs/dataset-format.md, `launch`) for the launch shape `launch`:
    "launch", a fixed shape [n, ...], or {"tile": [t0, ...], "axes": [a0, ...]} (shape[d] = launch[axes[d]] *
    t[d], or t[d] where axes[d] is not a launch axis; axes default to 0, 1, ...). None when malformed."""
    def sizes(v, least):
        return isinstance(v, list) and v and all(type(d) is int and d >= least for d in v)

    if spec == "launch":
        return tuple(launch)
    if sizes(spec, 1):
        return tuple(spec)
    if isinstance(spec, dict) and set(spec) <= {"tile", "axes"} and sizes(spec.get("tile"), 1) and len(spec["tile"]) <= 4:
        tile = spec["tile"]
        axes = spec.get("axes", list(range(len(tile))))
        if sizes(axes, 0) and len(axes) == len(tile):
            return tuple((launch[a] if a < len(launch) else 1) * t for t, a in zip(tile, axes))
    return None


def digest(a):
    return hashlib.sha256(np.ascontiguousarray(a).tobytes()).hexdigest()[:16]


def build_query_input(spec, gen, arrays, wp):
    """A mesh, hash grid or BVH as the contract's "queries" entry says (docs/dataset-format.md)."""
    if spec["type"] == "mesh":  # a height field of n x n cells over [-1, 1]^2
        n = spec["cells"]
        side = n + 1
        a, b = np.meshgrid(np.arange(side), np.arange(side), indexing="ij")
        points = np.zeros((side * side, 3), dtype=np.float32)
        points[:, 0] = (-1.0 + 2.0 * a.ravel() / n).astype(np.float32)
        points[:, 1] = (-1.0 + 2.0 * b.ravel() / n).astype(np.float32)
        points[:, 2] = gen.draw(side * side, np.float32)
        velocities = gen.draw(side * side * 3, np.float32).reshape(side * side, 3)
        tris = []
        for i in range(n):
            for j in range(n):
                c = i * side + j
                tris += [c, c + side, c + side + 1, c, c + side + 1, c + 1]
        return wp.Mesh(
            points=wp.array(points, dtype=wp.vec3, device="cpu"),
            indices=wp.array(np.array(tris, dtype=np.int32), dtype=int, device="cpu"),
            velocities=wp.array(velocities, dtype=wp.vec3, device="cpu"),
            support_winding_number=True,
        )
    if spec["type"] == "hash_grid":
        d = spec["dims"]
        grid = wp.HashGrid(d, d, d, device="cpu")
        grid.build(arrays[spec["points"]], spec["cell_width"])
        return grid
    if spec["type"] == "bvh":  # boxes of half_extent around centres drawn from the stream
        centers = gen.draw(spec["items"] * 3, np.float32).reshape(-1, 3)
        h = np.float32(spec["half_extent"])
        return wp.Bvh(wp.array(centers - h, dtype=wp.vec3, device="cpu"), wp.array(centers + h, dtype=wp.vec3, device="cpu"))
    raise ValueError(f"unknown query input {spec!r}")


def check(rec, wp, wt):
    mod = load_module(rec)
    kernel = getattr(mod, rec["kernel_name"])
    # Both are JSON objects stored as strings (the dataset's schema stays fixed).
    c, v = json.loads(rec["launch"]), json.loads(rec["verification"])
    shape = tuple(v["launch"])
    gen = Inputs(v["input_seed"], c)
    values, arrays, grads = [], {}, {}
    no_grad = shape_readers(rec["python"])
    objects = []  # (argument position, the contract's "queries" entry)
    for arg in kernel.adj.args:
        t = arg.type
        if isinstance(t, wt.array):
            ashape = array_shape(c["arrays"][arg.label], shape)
            if ashape is None:
                return "error", f"array {arg.label}: bad shape {c['arrays'][arg.label]!r}"
            if wt.type_is_struct(t.dtype):  # each element draws its fields' components in order
                count = int(np.prod(ashape))
                fields = [(name, var.type) for name, var in t.dtype.vars.items()]
                if any(isinstance(ft, wt.array) or wt.type_is_struct(ft) for _, ft in fields):
                    return "skipped", "a struct holding arrays or structs"
                widths = [int(np.prod(getattr(ft, "_shape_", ()), dtype=np.int64)) for _, ft in fields]
                x = gen.raw(count * sum(widths)).reshape(count, sum(widths))
                data = np.zeros(count, dtype=t.dtype.numpy_dtype())
                at = 0
                for (name, ft), w in zip(fields, widths):
                    col = gen.convert(x[:, at:at + w], wt.warp_type_to_np_dtype[wt.type_scalar_type(ft)])
                    data[name] = col.reshape(data[name].shape)
                    at += w
                a = wp.array(data.reshape(ashape), dtype=t.dtype, device="cpu")
                arrays[arg.label] = a
                values.append(a)
                continue
            scalar = wt.type_scalar_type(t.dtype)
            np_type = wt.warp_type_to_np_dtype[scalar]
            inner = tuple(getattr(t.dtype, "_shape_", ()))
            data = gen.draw(int(np.prod(ashape)) * int(np.prod(inner, dtype=np.int64)), np_type)
            grad = scalar in wt.float_types and arg.label not in no_grad
            a = wp.array(data.reshape(ashape + inner), dtype=t.dtype, device="cpu", requires_grad=grad)
            arrays[arg.label] = a
            if grad:
                grads[arg.label] = a
            values.append(a)
        elif arg.label in c.get("queries", {}):  # built after every array has drawn (below)
            objects.append((len(values), c["queries"][arg.label]))
            values.append(None)
        else:
            val = c["scalars"][arg.label]
            if isinstance(val, dict):
                s = t()
                for field, fv in val.items():  # vector/matrix/transform fields come as component lists
                    ft = t.vars[field].type
                    setattr(s, field, ft(*fv) if isinstance(fv, list) else fv)
                values.append(s)
            elif isinstance(val, list):
                values.append(t(*val))
            else:
                values.append(val)
    keep = [build_query_input(spec, gen, arrays, wp) for _, spec in objects]
    for (at, _), obj in zip(objects, keep):
        values[at] = obj.id
    tape = wp.Tape()
    with tape:
        if "block_dim" in c:  # a tiled kernel: CPU blocks of block_dim cooperative lanes
            wp.launch_tiled(kernel, dim=shape, inputs=values, block_dim=c["block_dim"], device="cpu")
        else:
            wp.launch(kernel, dim=shape, inputs=values, device="cpu")
    bad = [n for n, a in arrays.items() if digest(a.numpy()) != v["outputs"].get(n)]
    if v["gradients"]:
        tape.backward(grads={a: wp.ones_like(a) for a in grads.values()})
        bad += [f"grad {n}" for n, a in grads.items() if digest(a.grad.numpy()) != v["gradients"].get(n)]
    return ("ok", "") if not bad else ("mismatch", ", ".join(bad))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=pathlib.Path)
    ap.add_argument("--limit", type=int, default=0, help="check only the first N records (0: all)")
    args = ap.parse_args()
    import warp as wp
    import warp._src.types as wt

    wp.config.quiet = True
    wp.config.mode = "debug"
    wp.config.enable_cpu_blocks = True  # launch_tiled's block_dim on the CPU (else it runs one lane a block)
    wp.init()
    counts = {}
    for rec in records(args.dir, args.limit):
        if "verification" not in rec:
            continue
        try:
            verdict, detail = check(rec, wp, wt)
        except Exception as e:  # noqa: BLE001 - report and go on
            verdict, detail = "error", f"{type(e).__name__}: {e}"[:300]
        counts[verdict] = counts.get(verdict, 0) + 1
        print(f"{rec['index']:>6} {rec['kernel_name']}  {verdict}" + (f": {detail}" if detail else ""), flush=True)
    if not counts:
        print("no verified records")
        return 2
    print("summary: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
    return 0 if set(counts) <= {"ok", "skipped"} else 1


if __name__ == "__main__":
    sys.exit(main())
