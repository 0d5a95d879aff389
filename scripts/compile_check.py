#!/usr/bin/env python3
"""Proves a dataset's modules are valid C++/CUDA by compiling them, with no GPU: CUDA modules go
through NVRTC to PTX (Warp's own build_cuda, as Warp would compile them for sm_75), CPU modules
through `g++ -fsyntax-only` against Warp's native headers. Needs records written with --full-module.

    python scripts/compile_check.py OUT_DIR [--limit N]

Prints `compiled: C cpu, G cuda; failed: F` and exits non-zero if anything failed.
"""

import argparse
import io
import json
import os
import pathlib
import subprocess
import sys
import tempfile

import zstandard


def records(directory, limit):
    n = 0
    for path in sorted((directory / "data").glob("*.jsonl.zst")):
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(path.read_bytes()), read_across_frames=True)
        for line in io.TextIOWrapper(reader, encoding="utf-8"):
            yield json.loads(line)
            n += 1
            if n == limit:
                return


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=pathlib.Path)
    ap.add_argument("--limit", type=int, default=0, help="check only the first N records (0: all)")
    args = ap.parse_args()

    import warp as wp

    wp.config.quiet = True
    wp.init()
    from warp._src import build

    native = os.path.join(os.path.dirname(wp.__file__), "native")
    cpu = cuda = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for r in records(args.dir, args.limit):
            name = r["kernel_name"]
            if r.get("cuda") and r["cuda"].get("module"):
                cu = os.path.join(tmp, name + ".cu")
                pathlib.Path(cu).write_text(r["cuda"]["module"])
                try:
                    build.build_cuda(cu, 75, os.path.join(tmp, name + ".ptx"), pch_dir=None, use_precompiled_headers=False)
                    cuda += 1
                except Exception as e:  # noqa: BLE001 - report every failure, keep going
                    failed += 1
                    print(f"error: {name} (cuda): {e}", file=sys.stderr)
            if r.get("cpu") and r["cpu"].get("module"):
                cpp = os.path.join(tmp, name + ".cpp")
                pathlib.Path(cpp).write_text(r["cpu"]["module"])
                p = subprocess.run(["g++", "-std=c++17", "-fsyntax-only", "-I", native, cpp], capture_output=True, text=True)
                if p.returncode == 0:
                    cpu += 1
                else:
                    failed += 1
                    print(f"error: {name} (cpu):\n{p.stderr[:2000]}", file=sys.stderr)
    print(f"compiled: {cpu} cpu, {cuda} cuda; failed: {failed}")
    return 1 if failed or cpu + cuda == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
