#!/usr/bin/env python3
"""How much of the Warp language real kernels use is in a generated dataset's vocabulary (issue #14).

    python scripts/vocabulary.py DATASET_DIR REAL_PATH... [--top N] [--json FILE|-]

The vocabulary is every `wp.*` name (call, attribute or annotation: `wp.sin`, `wp.vec3`, `wp.tid`,
`wp.array`) written in the @wp.kernel and @wp.func functions of the dataset's records. The real code is
every @wp.kernel function (at any depth: kernels defined inside factories count) of the `*.py` files
under REAL_PATH (a file or a directory, walked), parsed with Python's `ast`; a kernel's names include
those of the @wp.func functions of its own file that it calls, directly or not. A real kernel is
*covered* when every `wp.*` name it uses is in the vocabulary.

Prints: real kernels, covered kernels (percent), and the names missing from the vocabulary by the
number of real kernels that use them. A name is `wp.X` (and `wp.X.Y` is counted as `wp.X`); the
module alias is taken from `import warp as NAME` (default `wp`). Reads the dataset's shards,
jsonl.zst or Parquet (scripts/read_parquet.py).
"""

import argparse
import ast
import collections
import io
import json
import pathlib
import sys

import zstandard

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from read_parquet import records as parquet_records  # noqa: E402


def warp_aliases(tree):
    """Names bound to the warp module: `import warp as wp`, `import warp`."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name == "warp":
                    names.add(a.asname or "warp")
    return names or {"wp"}


def is_decorated(fn, aliases, what):
    """`@wp.kernel`, `@wp.kernel(...)`, `@wp.func` (for `what` in kernel/func)."""
    for d in fn.decorator_list:
        target = d.func if isinstance(d, ast.Call) else d
        if isinstance(target, ast.Attribute) and target.attr == what:
            if isinstance(target.value, ast.Name) and target.value.id in aliases:
                return True
    return False


def warp_names(fn, aliases):
    """The `wp.X` names a function uses, and the plain names it calls (its @wp.func callees)."""
    used, calls = set(), set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
            used.add("wp." + node.attr)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            calls.add(node.func.id)
    return used, calls


def functions(tree, aliases, what):
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and is_decorated(n, aliases, what)]


def kernels_with_names(source):
    """[(kernel name, set of wp names incl. its @wp.func callees')] of one file."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    aliases = warp_aliases(tree)
    funcs = {}
    for f in functions(tree, aliases, "func"):
        funcs.setdefault(f.name, []).append(warp_names(f, aliases))
    out = []
    for k in functions(tree, aliases, "kernel"):
        used, calls = warp_names(k, aliases)
        used = set(used)
        seen, todo = set(), list(calls)
        while todo:
            name = todo.pop()
            if name in seen or name not in funcs:
                continue
            seen.add(name)
            for f_used, f_calls in funcs[name]:
                used |= f_used
                todo += f_calls
        out.append((k.name, used))
    return out


def dataset_sources(d):
    d = pathlib.Path(d)
    if any(d.glob("data/*.parquet")):
        for _, r in parquet_records(d):
            yield r["python"]
        return
    for shard in sorted((d / "data").glob("*.jsonl.zst")):
        with shard.open("rb") as f, zstandard.ZstdDecompressor().stream_reader(f) as z:
            for line in io.TextIOWrapper(z, encoding="utf-8"):
                yield json.loads(line)["python"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset")
    ap.add_argument("real", nargs="+")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--json")
    a = ap.parse_args()

    vocabulary = set()
    records = 0
    for source in dataset_sources(a.dataset):
        records += 1
        for _, names in kernels_with_names(source):
            vocabulary |= names
    if not records:
        sys.exit(f"{a.dataset}: no records")

    kernels, covered = 0, 0
    missing = collections.Counter()
    for p in a.real:
        p = pathlib.Path(p)
        files = sorted(p.rglob("*.py")) if p.is_dir() else [p]
        for f in files:
            for _, names in kernels_with_names(f.read_text(errors="replace")):
                kernels += 1
                lacks = names - vocabulary
                covered += not lacks
                missing.update(lacks)
    pct = 100.0 * covered / kernels if kernels else 0.0
    print(f"vocabulary: {len(vocabulary)} wp names in {records} generated records")
    print(f"real kernels: {kernels}, covered: {covered} ({pct:.1f}%)")
    print("missing names, by real kernels using them:")
    for name, n in missing.most_common(a.top):
        print(f"  {n:6d}  {name}")
    if a.json:
        out = {"records": records, "vocabulary": sorted(vocabulary), "real_kernels": kernels, "covered": covered,
               "covered_percent": pct, "missing": dict(missing.most_common())}
        text = json.dumps(out, indent=1)
        if a.json == "-":
            print(text)
        else:
            pathlib.Path(a.json).write_text(text)


if __name__ == "__main__":
    main()
