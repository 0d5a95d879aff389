#!/usr/bin/env python3
"""Proves, by running them, that a dataset's kernels are correct for any launch size under their
launch contract: real Warp, debug mode (every array access bounds-checked), on the CPU, no GPU needed.

    python scripts/launch_check.py DIR [--limit N] [--sizes 1,37] [--seed S] [--jobs J]
                                   [--timeout SEC] [--fallback pad|launch] [--cache-dir DIR] [-v]
    python scripts/launch_check.py --python FILE.py --launch JSON|@FILE.json [--kernel NAME] [...]

The contract. A record's `launch` field says how the kernel must be launched, e.g.
    {"ndim": 2, "arrays": {"u": "launch", "coeffs": [9]}, "scalars": {"steps": 4, "v": [0.5, 1.0, 2.0]},
     "float_range": [-1.0, 1.0], "int_range": [0, 8]}
`ndim` is the launch dimensionality; every array parameter is either "launch" (its shape is the launch
shape), a fixed shape, or {"tile": [t0, ...], "axes": [a0, ...]} (a tile-shaped array: shape[d] =
L[axes[d]] * t[d] for the launch shape L, or t[d] where axes[d] >= ndim; axes default to 0, 1, ...);
every by-value parameter has a value (vectors/matrices/quats/transforms as the
flat list of components their constructor takes; a @wp.struct parameter as a dict field -> value, or
absent: then random). A tiled kernel's contract has "block_dim": B: it is launched with
wp.launch_tiled(kernel, dim=<launch shape>, block_dim=B) and wp.config.enable_cpu_blocks = True (CPU
blocks of B cooperative lanes), the module built for block_dim B; its wp.tid() may unpack the lane
as one more index (`i, lane = wp.tid()`). Array data is drawn uniformly from float_range (every float component, also of
vector/matrix/quat/transform elements and of struct fields) and int_range (inclusive; all int and uint
dtypes, clipped at 0 for unsigned ones); bools are fair coin flips. Array fields of structs are
launch-shaped (cut or padded with 1s to their ndim); arrays of struct dtype get no gradient. Output
arrays are filled with in-range data like every other array (the kernel may accumulate into them).

Records without a `launch` field (today's data) get a synthesized contract, said so in the summary:
  --fallback pad (default) gpu_check.py's heuristics: ndim from the `... = wp.tid()` unpacking, every
                 array padded to 4096 elements (1-d) or 64 per dimension, floats in [0, 1), ints in
                 [0, 3], scalars drawn from the same ranges;
  --fallback launch  every array "launch"-shaped (an array of fewer or more dimensions than the
                 launch gets the launch shape cut, or padded with its first size), floats in [-1, 1],
                 ints in [0, 8]: what a strict contract would demand of today's kernels.

Launch shapes. For each size s in --sizes: ndim 1 -> (s,); ndim > 1 -> (1, 1, ...) for s = 1, otherwise
(s, 3, 2, 5)[:ndim], so the dimensions differ and an index that mixes them up leaves its array.

What runs. Each record runs in its own child process (a crash or hang fails only that kernel; the
whole child, compile included, has --timeout seconds). The child sets wp.config.mode = "debug", loads
the record's Python under its virtual path (as gpu_check.py does), then for each size: builds every
argument (numpy RNG seeded from the record id or kernel name, --seed and the size; float arrays
require grad), launches forward inside a wp.Tape, checks every array for NaN/Inf, then - unless the
kernel disables backward or has no float array - runs tape.backward with a gradient of ones on each
float *output* array and checks every gradient for NaN/Inf. Output arrays: float arrays the kernel's
source writes (a subscript store or the first argument of a wp.atomic_* call) plus any float array
whose contents the forward pass changed (this catches writes through @wp.func parameters).
Arrays whose `.shape` the kernel reads get no gradient: Warp 1.19's adjoint of `a.shape` zeroes the
gradient array's shape (`adj_a.shape = {}`, see verify_check.shape_readers), so every later debug bounds check
of adj_a fails in backward although the kernel is correct.

How failures are detected. In debug mode Warp's CPU code asserts on every array index: an
out-of-bounds access prints "Assertion failed: 'i >= ... && i < arr.shape[0]'" to stderr from C and
kills the process (SIGILL/SIGTRAP/SIGABRT). The child's stdout and stderr are pipes read by the parent,
so the C-level message is captured; the child also reports its progress (stage, size) on a separate
pipe, so the failing size is known even when the process dies mid-launch. Verdicts:
  ok            every size ran forward (and backward) with finite results
  oob           an array index assertion fired (out of bounds) in a forward launch
  oob-adjoint   one fired only in the backward pass, after the forward launch of that size passed:
                most likely the `.shape` artifact above through a path shape_readers misses
                (e.g. a @wp.func two calls deep), not a bug of the kernel's
  assert        some other debug assertion fired (e.g. a vector/matrix component index)
  div-zero      the process died of SIGFPE: an integer division or modulo by zero (x86 traps on it)
  crash         the process died (signal or exit) without an assertion message (one that dies while
                loading or compiling, before any launch, is retried once)
  hang          the per-kernel timeout expired during a launch
  timeout       the per-kernel timeout expired before any launch (compile too slow)
  nan-forward   NaN/Inf in an array after the forward launch
  nan-backward  NaN/Inf in a gradient after the backward pass
  error         a Python exception (compile error, Warp rejecting the arguments, ...)
  contract      the launch contract does not fit the kernel (missing/unknown parameter, bad shape)

Prints one line per kernel and a summary with counts by verdict and by preset.
Exit codes: 0 every kernel passed; 1 at least one failed; 2 bad usage or no records.
"""

import argparse
import ast
import concurrent.futures
import hashlib
import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter, defaultdict

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compile_check import records  # noqa: E402 - the same reader of the shards
from gpu_check import launch_dim, load_module  # noqa: E402 - the same loading and ndim heuristic
from verify_check import array_shape, build_query_input, shape_readers  # noqa: E402 - the same contract rules

REASONS = ("ok", "oob", "oob-adjoint", "assert", "div-zero", "crash", "hang", "timeout", "nan-forward", "nan-backward", "error", "contract")
EXTRA_DIMS = (3, 2, 5)


# ----------------------------------------------------------------------------------------------------
# Contract helpers (used by the parent and the child)

def launch_shape(ndim, size):
    """The launch shape for a size: (s,) for 1-d; all ones for s = 1; else (s, 3, 2, 5)[:ndim]."""
    if ndim == 1:
        return (size,)
    if size == 1:
        return (1,) * ndim
    return (size,) + EXTRA_DIMS[: ndim - 1]


def tid_ndim(python, kernel_name):
    """The launch dimensionality the kernel's `... = wp.tid()` unpacking implies, or None if not found."""
    if f"def {kernel_name}(" not in python:
        return None
    body = python.split(f"def {kernel_name}(", 1)[1]
    if not re.search(r"^\s*([\w\s,]+?)\s*=\s*wp\.tid\(\)", body, re.M):
        return None
    n = launch_dim(python, kernel_name)
    return 1 if isinstance(n, int) else len(n)


def fallback_contract(python, kernel_name, mode):
    """A contract for a record without one: gpu_check.py's padding heuristics, or strict launch shapes.
    Array entries and scalars are left for the child to fill in from the kernel's signature."""
    ndim = tid_ndim(python, kernel_name) or 1
    if mode == "pad":
        return {"ndim": ndim, "arrays": "pad", "scalars": "random", "float_range": [0.0, 1.0], "int_range": [0, 3]}
    return {"ndim": ndim, "arrays": "launch", "scalars": "random", "float_range": [-1.0, 1.0], "int_range": [0, 8]}


def rng_for(key, seed, size):
    digest = hashlib.sha256(f"{key}:{seed}:{size}".encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "little"))


def written_names(python, kernel_name):
    """Array names the kernel's own body writes: subscript store targets and the first args of wp.atomic_*,
    wp.tile_store and wp.tile_atomic_*."""
    try:
        tree = ast.parse(python)
    except SyntaxError:
        return set()
    names = set()
    for fn in ast.walk(tree):
        if not (isinstance(fn, ast.FunctionDef) and fn.name == kernel_name):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store):
                base = node.value
                while isinstance(base, (ast.Subscript, ast.Attribute)):
                    base = base.value
                if isinstance(base, ast.Name):
                    names.add(base.id)
            elif isinstance(node, (ast.Assign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:  # out[i].x = ... : the attribute store's base array
                    base = t
                    while isinstance(base, (ast.Subscript, ast.Attribute)):
                        base = base.value
                    if base is not t and isinstance(base, ast.Name):
                        names.add(base.id)
            elif isinstance(node, ast.Call) and node.args:
                f = node.func
                fname = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                if fname.startswith(("atomic_", "tile_atomic_")) or fname in ("array_store", "tile_store"):
                    if isinstance(node.args[0], ast.Name):
                        names.add(node.args[0].id)
    return names


# ----------------------------------------------------------------------------------------------------
# The child: one record, all sizes

class ContractError(Exception):
    pass


class Child:
    def __init__(self, job, progress):
        import warp as wp
        import warp._src.types as wt

        self.wp, self.wt, self.job, self.progress = wp, wt, job, progress
        c = job["launch"]
        self.contract = c
        self.flo, self.fhi = (float(x) for x in c.get("float_range", [-1.0, 1.0]))
        self.ilo, self.ihi = (int(x) for x in c.get("int_range", [0, 8]))

    def say(self, **kw):
        os.write(self.progress, (json.dumps(kw) + "\n").encode())

    # -- values ------------------------------------------------------------------------------------
    def scalar_data(self, scalar, shape, rng):
        wt = self.wt
        if scalar is wt.bool:
            return rng.random(shape) < 0.5
        if scalar in wt.int_types:
            lo = max(self.ilo, 0) if scalar in (wt.uint8, wt.uint16, wt.uint32, wt.uint64) else self.ilo
            return rng.integers(lo, max(lo, self.ihi) + 1, size=shape)
        return rng.uniform(self.flo, self.fhi, size=shape)

    def struct_value(self, stype, rng, given=None):
        wt = self.wt
        inst = stype()
        given = given or {}
        unknown = set(given) - set(stype.vars)
        if unknown:
            raise ContractError(f"struct {stype.key if hasattr(stype, 'key') else stype}: unknown fields {sorted(unknown)}")
        for name, var in stype.vars.items():
            if name in given:
                setattr(inst, name, self.from_contract(var.type, given[name], name))
            elif isinstance(var.type, wt.array):  # an array field: launch-shaped (cut or padded with 1s)
                nd = var.type.ndim
                setattr(inst, name, self.array_value(var.type, (tuple(self.shapes_launch) + (1,) * nd)[:nd], rng))
            else:
                setattr(inst, name, self.random_value(var.type, rng))
        return inst

    def random_value(self, t, rng):
        wt = self.wt
        if wt.type_is_struct(t):
            return self.struct_value(t, rng)
        if hasattr(t, "_shape_"):
            data = self.scalar_data(t._wp_scalar_type_, tuple(t._shape_), rng)
            return t(*np.asarray(data).flatten().tolist())
        data = self.scalar_data(t, (), rng)
        return t(np.asarray(data).astype(wt.warp_type_to_np_dtype[t]).item()) if t is not wt.bool else bool(data)

    def from_contract(self, t, v, name):
        wt = self.wt
        try:
            if wt.type_is_struct(t):
                if not isinstance(v, dict):
                    raise ContractError(f"scalar {name}: struct value must be a dict")
                return self.struct_value(t, self.rng, v)
            if hasattr(t, "_shape_"):
                flat = list(np.asarray(v, dtype=object).flatten())
                if len(flat) != int(np.prod(t._shape_)):
                    raise ContractError(f"scalar {name}: {len(flat)} components for {t.__name__}")
                return t(*flat)
            if t is wt.bool:
                return bool(v)
            return t(v)
        except ContractError:
            raise
        except Exception as e:  # noqa: BLE001 - the contract's value does not fit the type
            raise ContractError(f"scalar {name}: {v!r} does not fit {t}: {e}") from e

    def array_value(self, at, shape, rng, requires_grad=False):
        wp, wt = self.wp, self.wt
        if len(shape) != at.ndim:
            raise ContractError(f"array shape {list(shape)} for a {at.ndim}-d array")
        dtype = at.dtype
        count = int(np.prod(shape))
        if wt.type_is_struct(dtype):
            items = [self.struct_value(dtype, rng) for _ in range(count)]
            a = wp.array(items, dtype=dtype, device="cpu")
            return a.reshape(shape) if len(shape) > 1 else a
        inner = tuple(getattr(dtype, "_shape_", ()))
        scalar = wt.type_scalar_type(dtype)
        data = self.scalar_data(scalar, tuple(shape) + inner, rng)
        np_type = wt.warp_type_to_np_dtype.get(scalar, np.float32)
        if scalar is getattr(wt, "bfloat16", None):
            np_type = np.float32  # numpy has no bfloat16: Warp converts from float32
        data = np.asarray(data).astype(np_type)
        return wp.array(data, dtype=dtype, device="cpu", requires_grad=requires_grad)

    # -- arguments ---------------------------------------------------------------------------------
    def build_args(self, kernel, size, rng):
        wt = self.wt
        c = self.contract
        shape = launch_shape(c["ndim"], size)
        self.shapes_launch, self.rng = shape, rng
        arrays_c, scalars_c = c.get("arrays", {}), c.get("scalars", {})
        names = [a.label for a in kernel.adj.args]
        if isinstance(arrays_c, dict):
            extra = set(arrays_c) - set(names)
            if extra:
                raise ContractError(f"arrays not in the signature: {sorted(extra)}")
        if isinstance(scalars_c, dict):
            extra = set(scalars_c) - set(names)
            if extra:
                raise ContractError(f"scalars not in the signature: {sorted(extra)}")
        values, floats, arrays, objects = [], {}, {}, []
        queries_c = c.get("queries", {})
        no_grad = shape_readers(self.job["record"]["python"])
        for arg in kernel.adj.args:
            t = arg.type
            if isinstance(queries_c, dict) and arg.label in queries_c:  # built once every array exists
                objects.append((len(values), queries_c[arg.label]))
                values.append(None)
            elif isinstance(t, wt.array):
                if arrays_c == "pad":
                    ashape = (4096,) if t.ndim == 1 else (64,) * t.ndim
                elif arrays_c == "launch":  # fallback: the launch shape, cut or padded to the array's ndim
                    ashape = (tuple(shape) + (shape[0],) * t.ndim)[:t.ndim]
                else:
                    if arg.label not in arrays_c:
                        raise ContractError(f"array {arg.label} missing from launch.arrays")
                    ashape = array_shape(arrays_c[arg.label], shape)
                    if ashape is None:
                        raise ContractError(f"array {arg.label}: bad shape {arrays_c[arg.label]!r}")
                    if len(ashape) != t.ndim:
                        raise ContractError(f"array {arg.label}: shape {list(ashape)} for a {t.ndim}-d array")
                is_float = not wt.type_is_struct(t.dtype) and wt.type_scalar_type(t.dtype) in wt.float_types
                is_float = is_float and arg.label not in no_grad
                a = self.array_value(t, ashape, rng, requires_grad=is_float)
                if is_float:
                    floats[arg.label] = a
                arrays[arg.label] = a
                values.append(a)
            elif scalars_c == "random":
                values.append(self.random_value(t, rng))
            elif arg.label in scalars_c:
                values.append(self.from_contract(t, scalars_c[arg.label], arg.label))
            elif wt.type_is_struct(t):
                values.append(self.struct_value(t, rng))
            else:
                raise ContractError(f"scalar {arg.label} missing from launch.scalars")
        # Meshes, hash grids and BVHs as verify_check.py builds them, from this run's random stream; kept
        # alive until the launch is over (a query argument is the object's id).
        lo, hi = c.get("float_range", [-1.0, 1.0])

        class Draws:
            def draw(self, n, dtype):
                return rng.uniform(lo, hi, n).astype(dtype)

        self.query_objects = [build_query_input(spec, Draws(), arrays, self.wp) for _, spec in objects]
        for (at, _), obj in zip(objects, self.query_objects):
            values[at] = obj.id
        return shape, values, floats

    def arrays_of(self, kernel, values):
        return {arg.label: v for arg, v in zip(kernel.adj.args, values) if isinstance(v, self.wp.array)}

    @staticmethod
    def nonfinite(a):
        """The count of non-finite float components of a warp array (0 for non-float data)."""
        x = a.numpy()
        if x.dtype.names:  # structured: check each float field
            return sum(int(np.size(x[f]) - np.count_nonzero(np.isfinite(x[f])))
                       for f in x.dtype.names if np.issubdtype(x[f].dtype, np.floating))
        if not np.issubdtype(x.dtype, np.floating):
            return 0
        return int(x.size - np.count_nonzero(np.isfinite(x)))

    def run(self):
        wp = self.wp
        job = self.job
        wp.config.mode = "debug"
        wp.config.quiet = True
        wp.config.enable_cpu_blocks = True  # block_dim > 1 on the CPU: cooperative blocks (tiled kernels)
        if job.get("cache_dir"):
            wp.config.kernel_cache_dir = job["cache_dir"]
        wp.init()
        rec = job["record"]
        self.say(stage="load")
        mod = load_module(rec)
        kernel = getattr(mod, rec["kernel_name"])
        t0 = time.time()
        self.say(stage="compile")
        block_dim = job["launch"].get("block_dim")  # a tiled kernel: wp.launch_tiled with this block_dim
        # What a CPU wp.launch (block_dim 1) or wp.launch_tiled builds: compile once.
        kernel.module.load("cpu", block_dim=block_dim or 1)
        self.say(stage="compiled", seconds=round(time.time() - t0, 2))
        written = written_names(rec["python"], rec["kernel_name"])
        backward_on = kernel.options.get("enable_backward", kernel.module.options.get("enable_backward", True))
        for size in job["sizes"]:
            rng = rng_for(rec.get("id") or rec["kernel_name"], job["seed"], size)
            try:
                shape, values, floats = self.build_args(kernel, size, rng)
            except ContractError as e:
                return "contract", size, str(e)
            before = {n: a.numpy().copy() for n, a in floats.items()}
            self.say(stage="forward", size=size)
            tape = wp.Tape()
            with tape:
                if block_dim:
                    wp.launch_tiled(kernel, dim=shape, inputs=values, block_dim=block_dim, device="cpu")
                else:
                    wp.launch(kernel, dim=shape, inputs=values, device="cpu")
            wp.synchronize_device("cpu")
            bad = {n: k for n, a in self.arrays_of(kernel, values).items() if (k := self.nonfinite(a))}
            if bad:
                return "nan-forward", size, "non-finite values in " + ", ".join(f"{n} ({k})" for n, k in bad.items())
            outputs = [n for n, a in floats.items() if n in written or not np.array_equal(before[n], a.numpy())]
            if backward_on and floats and outputs:
                self.say(stage="backward", size=size)
                tape.backward(grads={floats[n]: wp.ones_like(floats[n]) for n in outputs})
                wp.synchronize_device("cpu")
                bad = {n: k for n, a in floats.items() if a.grad is not None and (k := self.nonfinite(a.grad))}
                if bad:
                    return "nan-backward", size, "non-finite gradients of " + ", ".join(f"{n} ({k})" for n, k in bad.items())
            self.say(stage="done", size=size, outputs=outputs)
        return "ok", None, ""


def child_main(progress_fd):
    job = json.loads(sys.stdin.read())
    try:
        c = Child(job, progress_fd)
        reason, size, detail = c.run()
    except Exception as e:  # noqa: BLE001 - report, do not crash
        reason, size, detail = "error", None, f"{type(e).__name__}: {e}".strip()[:600]
        tb = traceback.format_exc(limit=6)
        sys.stderr.write(tb)
    os.write(progress_fd, (json.dumps({"verdict": reason, "size": size, "detail": detail}) + "\n").encode())
    os._exit(0)


# ----------------------------------------------------------------------------------------------------
# The parent

class Tail:
    """Reads a stream to its end in a thread, keeping the last `keep` bytes (kernels may print a lot)."""

    def __init__(self, stream, keep=32768):
        self.buf, self.keep, self.stream = bytearray(), keep, stream
        self.lines = []
        self.t = threading.Thread(target=self._read, daemon=True)
        self.t.start()

    def _read(self):
        while True:
            chunk = self.stream.read1(65536) if hasattr(self.stream, "read1") else self.stream.read(65536)
            if not chunk:
                break
            self.buf += chunk
            if len(self.buf) > 2 * self.keep:
                del self.buf[: len(self.buf) - self.keep]

    def text(self, join=5.0):
        self.t.join(join)
        return bytes(self.buf[-self.keep:]).decode("utf-8", "replace")


ASSERT_RE = re.compile(r"Assertion failed: '([^']*)'(?:\s*At '([^']*)')?")


def run_child(job, timeout):
    """Runs one record's check in a child process. Returns (verdict, size, detail, compile seconds)."""
    r_fd, w_fd = os.pipe()
    cmd = [sys.executable, os.path.abspath(__file__), "--child", str(w_fd)]
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         pass_fds=(w_fd,), start_new_session=True)
    os.close(w_fd)
    out = Tail(p.stdout)
    prog = Tail(os.fdopen(r_fd, "rb"), keep=1 << 20)
    p.stdin.write(json.dumps(job).encode())
    p.stdin.close()
    timed_out = False
    try:
        p.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(p.pid, signal.SIGKILL)  # the child's own session: it and anything it started
        p.wait()
    text = out.text()
    events = [json.loads(line) for line in prog.text().splitlines() if line.startswith("{")]
    compile_s = next((e.get("seconds") for e in events if e.get("stage") == "compiled"), None)
    last = next((e for e in reversed(events) if "stage" in e), {})
    final = next((e for e in events if "verdict" in e), None)
    m = None
    for m in ASSERT_RE.finditer(text):  # the last one: the assertion that killed the process
        pass
    if m:
        where = m.group(1)
        kind = "oob" if "arr.shape" in where or "shape[" in where else "assert"
        if kind == "oob" and last.get("stage") == "backward":
            kind = "oob-adjoint"  # the forward launch of this size passed: only the adjoint went out
        at = (m.group(2) or "").rsplit("/", 1)[-1]
        before = text[: m.start()].rstrip().splitlines()[-1:]  # Warp's own message, e.g. vec/mat index
        said = f" ({before[0].strip()[:160]})" if before and "out of bounds" in before[0] else ""
        return kind, last.get("size"), f"during {last.get('stage', '?')}: assert '{where}' at {at}{said}", compile_s
    if timed_out:
        stage = last.get("stage")
        kind = "hang" if stage in ("forward", "backward", "done") else "timeout"
        return kind, last.get("size"), f"no result within {timeout} s (during {stage})", compile_s
    if final is not None:
        detail = final["detail"]
        if final["verdict"] == "error":
            detail = f"during {last.get('stage', '?')}: {detail}"
        return final["verdict"], final["size"], detail, compile_s
    code = p.returncode
    why = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit code {code}"
    noise = ("Warp ", "   ", "Module ")  # Warp's banner and load lines
    tail = " | ".join([ln for ln in text.strip().splitlines() if not ln.startswith(noise)][-3:])[-300:]
    kind = "div-zero" if code == -signal.SIGFPE else "crash"
    return kind, last.get("size"), f"during {last.get('stage', '?')}: {why}" + (f"; {tail}" if tail else ""), compile_s


def load_launch(spec):
    if spec.startswith("@"):
        return json.loads(pathlib.Path(spec[1:]).read_text())
    p = pathlib.Path(spec)
    if not spec.lstrip().startswith("{") and p.exists():
        return json.loads(p.read_text())
    return json.loads(spec)


def standalone_record(path, kernel, launch):
    src = pathlib.Path(path).read_text()
    names = [n.name for n in ast.walk(ast.parse(src)) if isinstance(n, ast.FunctionDef) and any(
        (isinstance(d, ast.Attribute) and d.attr == "kernel") or
        (isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute) and d.func.attr == "kernel")
        for d in n.decorator_list)]
    if kernel is None:
        if len(names) != 1:
            raise SystemExit(f"error: {path} has kernels {names}: pick one with --kernel")
        kernel = names[0]
    rec = {"id": kernel, "index": 0, "preset": "standalone", "kernel_name": kernel,
           "path": os.path.abspath(path), "python": src}
    if launch is not None:
        rec["launch"] = launch
    return rec


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child_main(int(sys.argv[2]))
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the output quietly
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=pathlib.Path, nargs="?")
    ap.add_argument("--limit", type=int, default=0, help="check only the first N records (0: all)")
    ap.add_argument("--sizes", default="1,37", help="comma-separated launch sizes (default 1,37)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1, help="kernels checked in parallel (default 1)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per kernel, compile included (120)")
    ap.add_argument("--fallback", choices=("pad", "launch"), default="pad",
                    help="contract for records without a launch field (default pad: gpu_check.py's heuristics)")
    ap.add_argument("--cache-dir", help="Warp kernel cache directory (default: Warp's)")
    ap.add_argument("--python", help="check one standalone kernel file instead of a dataset")
    ap.add_argument("--launch", help="its launch contract: JSON text, a .json file, or @file")
    ap.add_argument("--kernel", help="the kernel in --python's file (needed if it has several)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print the compile time per kernel")
    args = ap.parse_args()

    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        assert sizes and all(s > 0 for s in sizes)
    except (ValueError, AssertionError):
        ap.error("--sizes takes positive integers, e.g. 1,37")
    if args.python:
        recs = [standalone_record(args.python, args.kernel, load_launch(args.launch) if args.launch else None)]
    elif args.dir is not None:
        recs = records(args.dir, args.limit)
    else:
        ap.error("give a dataset directory or --python FILE.py")

    def job_of(rec):
        launch = rec.get("launch")
        if isinstance(launch, str):  # records store the contract as a JSON string (fixed schema)
            launch = json.loads(launch)
        source = "launch" if launch is not None else f"fallback-{args.fallback}"
        if launch is None:
            launch = fallback_contract(rec["python"], rec["kernel_name"], args.fallback)
        rec = {k: rec[k] for k in ("id", "index", "preset", "kernel_name", "path", "python") if k in rec}
        return {"record": rec, "launch": launch, "source": source, "sizes": sizes, "seed": args.seed,
                "cache_dir": args.cache_dir}

    def check(job):
        t0 = time.time()
        rec, launch = job["record"], job["launch"]
        found = tid_ndim(rec["python"], rec["kernel_name"])
        # A tiled launch appends the block's lanes as one more dimension, which wp.tid() may unpack.
        allowed = {launch.get("ndim")} | ({launch.get("ndim") + 1} if "block_dim" in launch else set())
        if job["source"] == "launch" and found is not None and found not in allowed:
            return job, ("contract", None, f"launch.ndim {launch.get('ndim')} but the kernel unpacks {found} "
                                           f"indices from wp.tid()", None), time.time() - t0
        result = run_child(job, args.timeout)
        if result[0] in ("crash", "timeout") and ("during compile" in result[2] or "during load" in result[2]):
            # once more: the compiler died outside the kernel's launches (seen: a transient "LLVM ERROR:
            # IO failure on output stream" while other processes shared the kernel cache)
            again = run_child(job, args.timeout)
            result = again[:2] + (again[2] + " (after a retry)" if again[0] != "ok" else "",) + again[3:]
        return job, result, time.time() - t0

    by_reason, by_preset, by_source = Counter(), defaultdict(Counter), Counter()
    times, compile_times = [], []
    total = 0
    t_start = time.time()
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for job, (reason, size, detail, compile_s), seconds in pool.map(check, map(job_of, recs)):
            total += 1
            rec = job["record"]
            by_reason[reason] += 1
            by_preset[rec.get("preset", "?")][reason] += 1
            by_source[job["source"]] += 1
            times.append(seconds)
            if compile_s is not None:
                compile_times.append(compile_s)
            label = f"{rec.get('index', 0):>6} {rec.get('preset', '?'):<13} {rec['kernel_name']}"
            if reason == "ok":
                line = f"{label}  ok"
            else:
                where = f"size={size} shape={list(launch_shape(job['launch']['ndim'], size))}" if size else "size=-"
                line = f"{label}  {reason.upper()} {where}: {detail}"
            if args.verbose:
                line += f"  [{seconds:.1f} s, compile {compile_s} s]"
            print(line, flush=True)

    if total == 0:
        print("no records")
        return 2
    wall = time.time() - t_start
    passed = by_reason["ok"]
    print()
    print(f"kernels: {total}; passed: {passed} ({100.0 * passed / total:.1f}%); sizes {sizes}; seed {args.seed}")
    print("contract source: " + ", ".join(f"{k} {v}" for k, v in sorted(by_source.items())) +
          ("  (records without a launch field use the fallback heuristics)" if any(
              k.startswith("fallback") for k in by_source) else ""))
    print("by verdict: " + ", ".join(f"{r} {by_reason[r]} ({100.0 * by_reason[r] / total:.1f}%)"
                                     for r in REASONS if by_reason[r]))
    print("by preset:")
    for preset in sorted(by_preset):
        c = by_preset[preset]
        n = sum(c.values())
        rest = ", ".join(f"{r} {c[r]}" for r in REASONS[1:] if c[r])
        print(f"  {preset:<13} {c['ok']:>4}/{n:<4} ok" + (f"   {rest}" if rest else ""))
    t = np.array(times)
    print(f"time per kernel: mean {t.mean():.1f} s, median {np.median(t):.1f} s, max {t.max():.1f} s "
          f"(compile mean {np.mean(compile_times) if compile_times else 0:.1f} s); wall {wall:.0f} s "
          f"with {args.jobs} job(s)")
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main())
