#!/usr/bin/env python3
"""Reads a warpsynth Parquet dataset back as its JSON records.

`generate --format parquet` stores each record as one row whose columns are the record's fields
(docs/dataset-format.md, "Parquet shards"). The one difference from the JSON form: a key a record does
not have (`launch` for `extract` records, `verification` without `--verify run`, `module` in `cpu` and
`cuda` without `--full-module`) is a null in its column. `json_record(row)` drops exactly those, so it
returns what `json.loads` gives for the record's line in the jsonl.zst dataset of the same run: the
same keys, in the same order, with the same values.

    python scripts/read_parquet.py DIR_OR_SHARD     # one JSON line per record, shard by shard

    sys.path.insert(0, "scripts"); from read_parquet import records
    for split, record in records("DIR"): ...
"""

import json
import pathlib
import sys

import pyarrow.parquet as pq

# Keys dataset/record.cpp writes only when they have a value; never null in the JSON form.
OMITTED_WHEN_EMPTY = frozenset(("launch", "verification", "module"))


def json_record(row):
    """A row (as pyarrow's to_pylist gives it, or a `datasets` example) in the record's JSON form."""
    out = {}
    for key, value in row.items():
        if value is None and key in OMITTED_WHEN_EMPTY:
            continue
        out[key] = json_record(value) if isinstance(value, dict) else value
    return out


def shards(path):
    """The final .parquet shards of a dataset directory in name order (as `datasets` reads them), or one file."""
    path = pathlib.Path(path)
    if path.is_file():
        return [path]
    return sorted(p for p in (path / "data").glob("*.parquet") if not p.name.startswith("."))


def records(path):
    """Yields (split, record) for every record, shard by shard, one row group in memory at a time."""
    for shard in shards(path):
        split = shard.name.split("-")[0]
        for batch in pq.ParquetFile(shard).iter_batches():
            for row in batch.to_pylist():
                yield split, json_record(row)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = sys.stdout
    for _, record in records(sys.argv[1]):
        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
