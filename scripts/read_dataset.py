#!/usr/bin/env python3
"""Reads a warpsynth dataset the way its users will, and prints the record count per split.

Every shard is decompressed with `zstandard` and every line parsed with `json` (Parquet shards, from
`generate --format parquet`, are read with pyarrow through scripts/read_parquet.py); when manifest.json
is present, each shard's record count, size and sha256 are checked against it. Shards are read in name
order, as `datasets` reads them, and each split's generated records must come in increasing `index`
order (for a dataset written by MPI ranks too: their shards are numbered in index order; records of
`extract`, which carry `source_path`, come in file order and their `index` counts within the file). If HF `datasets` is
importable, the directory is also loaded with `datasets.load_dataset(DIR)` (which reads the
README.md front matter) and its counts must agree. Exits non-zero on any mismatch.

    python scripts/read_dataset.py OUT_DIR [--no-hf]
"""

import argparse
import hashlib
import io
import json
import pathlib
import re
import sys

import zstandard

SHARD_RE = re.compile(r"^(train|validation|test)-(\d{5,})-of-(\d{5,})(\.jsonl\.zst|\.parquet)$")


def read_shard(path):
    """Returns (records, sha256 hex, their `index` values) of one shard, parsing every line as JSON."""
    data = path.read_bytes()
    if path.suffix == ".parquet":
        sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
        from read_parquet import records as parquet_records

        indices = [record.get("index") for _, record in parquet_records(path)]
        return len(indices), hashlib.sha256(data).hexdigest(), indices
    records = 0
    indices = []
    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True)
    for line in io.TextIOWrapper(reader, encoding="utf-8"):
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError(f"{path}: line {records + 1} is not a JSON object")
        records += 1
        indices.append(None if "source_path" in record else record.get("index"))
    return records, hashlib.sha256(data).hexdigest(), indices


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=pathlib.Path)
    ap.add_argument("--no-hf", action="store_true", help="skip datasets.load_dataset even if installed")
    args = ap.parse_args()

    manifest = {}
    manifest_path = args.dir / "manifest.json"
    if manifest_path.exists():
        manifest = {s["file"]: s for s in json.loads(manifest_path.read_text())["shards"]}

    errors = []
    counts = {}
    totals = {}  # split -> MMMMM named by its shards
    seen = set()
    last_index = {}  # split -> index of its last record read so far
    for path in sorted(p for p in (args.dir / "data").iterdir() if not p.name.startswith(".")):
        m = SHARD_RE.match(path.name)
        if not m:
            errors.append(f"unexpected file {path}")
            continue
        split, total = m.group(1), int(m.group(3))
        totals.setdefault(split, set()).add(total)
        records, sha, indices = read_shard(path)
        counts[split] = counts.get(split, 0) + records
        for index in indices:
            if isinstance(index, int):
                if index <= last_index.get(split, -1):
                    errors.append(f"{path.name}: record index {index} after {last_index[split]}: not in index order")
                    break
                last_index[split] = index
        rel = f"data/{path.name}"
        seen.add(rel)
        entry = manifest.get(rel)
        if manifest and entry is None:
            errors.append(f"{rel} is not in manifest.json")
        elif entry is not None:
            for key, actual in (("records", records), ("sha256", sha), ("bytes", path.stat().st_size)):
                if entry[key] != actual:
                    errors.append(f"{rel}: {key} is {actual}, manifest.json says {entry[key]}")
    for rel in manifest.keys() - seen:
        errors.append(f"{rel} is listed in manifest.json but missing")
    for split, names in totals.items():
        n = len([p for p in (args.dir / "data").glob(f"{split}-*") if SHARD_RE.match(p.name)])
        if names != {n}:
            errors.append(f"{split}: shard names say {sorted(names)} shards, found {n}")

    for split in ("train", "validation", "test"):
        print(f"{split}: {counts.get(split, 0)} records")

    if not args.no_hf:
        try:
            import datasets
        except ImportError:
            print("datasets not installed: skipped load_dataset")
        else:
            ds = datasets.load_dataset(str(args.dir))
            for split, d in ds.items():
                print(f"load_dataset {split}: {d.num_rows} records")
                if d.num_rows != counts.get(split, 0):
                    errors.append(f"load_dataset {split}: {d.num_rows} records, the shards hold {counts.get(split, 0)}")
            for split in counts.keys() - ds.keys():
                errors.append(f"load_dataset has no {split} split")

    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
