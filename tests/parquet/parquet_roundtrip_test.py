#!/usr/bin/env python3
"""Parquet shards read by real readers: pyarrow and HF `datasets` against the jsonl.zst dataset.

    parquet_roundtrip_test.py WARPSYNTH SOURCE_DIR

1. `generate` the same seed twice, as jsonl.zst and as Parquet (full IR, --full-module, several
   shards per split): every record read with pyarrow (scripts/read_parquet.py) equals the record
   `json.loads` reads from the jsonl.zst shard, field for field and in key order; the shards hold the
   same records under the same names; every column chunk is zstd, no row group exceeds 1000 rows, and
   the file schema is the Arrow schema of the card's features.
2. `datasets.load_dataset` of both directories gives the same rows in every split.
3. A Parquet run killed by SIGKILL after some commits and resumed with --resume ends byte-identical
   to an uninterrupted run.
4. `extract --out` of a multi-file project (tests/data/extract_project: files with and without a
   license header) in both formats: the same records, provenance included (a null `license` stays
   null), and `load_dataset` reads both alike with the card's features, which are the Parquet schema.
The seed is fresh per run and printed (replay with WS_TEST_SEED=N). Exits non-zero on any mismatch.
"""

import io
import json
import os
import pathlib
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pyarrow.parquet as pq
import zstandard

CLI = sys.argv[1]
SOURCE = pathlib.Path(sys.argv[2])
sys.path.insert(0, str(SOURCE / "scripts"))
from read_parquet import records  # noqa: E402

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def generate(out, *flags):
    subprocess.run([CLI, "generate", "--quiet", "--out", str(out), *flags], check=True, stdout=subprocess.DEVNULL)


def jsonl_records(d):
    for shard in sorted((d / "data").glob("*.jsonl.zst")):
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(shard.read_bytes()))
        for line in io.TextIOWrapper(reader, encoding="utf-8"):
            yield shard.name.split("-")[0], json.loads(line)


def load_both(parquet, jsonl, cache):
    """load_dataset of both directories: the same splits, features and rows; the Parquet schema is the
    card's features. Returns the Parquet DatasetDict."""
    import datasets

    datasets.disable_progress_bars()
    dp = datasets.load_dataset(str(parquet), cache_dir=str(cache / "p"))
    dj = datasets.load_dataset(str(jsonl), cache_dir=str(cache / "j"))
    check(sorted(dp) == sorted(dj), f"{parquet.name}: splits {sorted(dp)} vs {sorted(dj)}")
    check(dp["train"].features == dj["train"].features, f"{parquet.name}: features differ")
    schema = pq.read_schema(next((parquet / "data").glob("train-*.parquet")))
    check(schema.remove_metadata() == dp["train"].features.arrow_schema,
          f"{parquet.name}: Parquet schema {schema} is not the card's {dp['train'].features.arrow_schema}")
    for split in dj:
        check(dp[split].to_list() == dj[split].to_list(), f"{parquet.name}: load_dataset {split}: rows differ")
    return dp


def same_records(jsonl, parquet):
    """The records of both datasets, field for field and in key order, and the same shard names."""
    expected, actual = list(jsonl_records(jsonl)), list(records(parquet))
    check(len(actual) == len(expected), f"{len(actual)} Parquet records, {len(expected)} jsonl.zst")
    for k, ((split_e, e), (split_a, a)) in enumerate(zip(expected, actual)):
        if (split_e, list(e.items())) != (split_a, list(a.items())):
            diff = [key for key in e.keys() | a.keys() if e.get(key) != a.get(key)]
            check(False, f"record {k} (index {e.get('index')}): {split_e}/{split_a}, fields differ: {sorted(diff)}"
                  f" or key order {list(e)} vs {list(a)}")
            break
    names = sorted(p.name.replace(".jsonl.zst", "") for p in (jsonl / "data").iterdir())
    check(names == sorted(p.name.replace(".parquet", "") for p in (parquet / "data").iterdir()),
          "the two datasets' shards differ in names")
    return expected, names


def data_files(d):
    return {p.name: p.read_bytes() for p in sorted((d / "data").iterdir())}


def main():
    seed = int(os.environ.get("WS_TEST_SEED") or random.randrange(1 << 32))
    print(f"[ws] test seed {seed}")
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="ws_parquet_"))
    try:
        jsonl, parquet = tmp / "jsonl", tmp / "parquet"
        flags = ["--count", "300", "--seed", str(seed), "--jobs", "2", "--full-module", "--shard-mb", "4"]
        generate(jsonl, *flags)
        generate(parquet, *flags, "--format", "parquet")

        # 1. pyarrow, field for field.
        expected, names = same_records(jsonl, parquet)
        check(len(expected) == 300, f"jsonl.zst dataset holds {len(expected)} records, not 300")
        check(len(names) > 3, f"only {len(names)} shards: the test wants several per split")
        for shard in sorted((parquet / "data").iterdir()):
            meta = pq.ParquetFile(shard).metadata
            for g in range(meta.num_row_groups):
                rg = meta.row_group(g)
                check(rg.num_rows <= 1000, f"{shard.name}: row group {g} has {rg.num_rows} rows")
                for c in range(rg.num_columns):
                    col = rg.column(c)
                    check(col.compression == "ZSTD", f"{shard.name}: {col.path_in_schema} is {col.compression}")

        # 2. datasets.load_dataset, with the card's features, both formats alike.
        t = time.monotonic()
        dp = load_both(parquet, jsonl, tmp / "hf_cache")
        print(f"load_dataset: {sum(d.num_rows for d in dp.values())} records from Parquet and jsonl.zst in "
              f"{time.monotonic() - t:.2f} s")

        # 3. Resume after SIGKILL (Python-only records: fast, many commits).
        ref, killed = tmp / "ref", tmp / "killed"
        run = ["--count", "20000", "--seed", str(seed), "--ir", "none", "--shard-mb", "1", "--format", "parquet"]
        generate(ref, *run, "--jobs", "2")
        p = subprocess.Popen([CLI, "generate", "--quiet", "--out", str(killed), *run, "--jobs", "2"],
                         stdout=subprocess.DEVNULL)
        while p.poll() is None and len(list((killed / "data").glob(".train-*.parquet"))) < 3:
            time.sleep(0.005)
        check(p.poll() is None, "the run finished before it could be killed")
        p.send_signal(signal.SIGKILL)
        p.wait()
        generate(killed, *run, "--jobs", "1", "--resume")
        check(data_files(killed) == data_files(ref), "resumed Parquet run differs from the uninterrupted one")

        # 4. extract --out: provenance columns, a null license kept.
        project = SOURCE / "tests" / "data" / "extract_project"
        xj, xp = tmp / "extract_jsonl", tmp / "extract_parquet"
        for out, fmt in ((xj, []), (xp, ["--format", "parquet"])):
            subprocess.run([CLI, "extract", str(project), "--out", str(out), "--jobs", "2", "--devices", "cpu", *fmt],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        extracted, _ = same_records(xj, xp)
        licenses = {r["license"] for _, r in extracted}
        check(len(extracted) >= 4, f"extract wrote {len(extracted)} records")
        check(None in licenses and len(licenses) > 1, f"the project's licenses {licenses}: the test wants null and one")
        check(all(r["source_path"].endswith(".py") and r["source_line"] > 0 for _, r in extracted),
              "a record without its provenance")
        dx = load_both(xp, xj, tmp / "hf_cache_extract")
        check(any(row["license"] is None for split in dx for row in dx[split]), "load_dataset lost the null license")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
