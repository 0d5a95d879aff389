#!/usr/bin/env python3
"""Records/s of `warpsynth.generate` read from Python beside the CLI's `generate` on the same count and
seed, and whether they gave the same records.

    PYTHONPATH=build/python .venv/bin/python scripts/py_bench.py [--count N] [--seed S] [--jobs J]
        [--rounds R] [--cli build/warpsynth]

Each round times `warpsynth generate --count N --seed S --jobs J --quiet` (shards written, compressed,
fsynced) and then `list(warpsynth.generate(N, seed=S, jobs=J))` (each record parsed into a dict);
the median of each over the rounds is printed, with the CPU seconds (all threads) each used.
"""

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import tempfile
import time

import zstandard

import warpsynth


def cpu_seconds():
    self_, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return self_.ru_utime + self_.ru_stime, children.ru_utime + children.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=77)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cli", default="build/warpsynth")
    a = ap.parse_args()

    cli_times, cli_cpu, py_times, py_cpu = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "data")
        for _ in range(a.rounds):
            cpu0 = cpu_seconds()[1]
            start = time.perf_counter()
            subprocess.run([a.cli, "generate", "--count", str(a.count), "--seed", str(a.seed), "--jobs", str(a.jobs),
                            "--out", out, "--quiet", "--force"], check=True, stdout=subprocess.DEVNULL)
            cli_times.append(time.perf_counter() - start)
            cli_cpu.append(cpu_seconds()[1] - cpu0)

            cpu0 = cpu_seconds()[0]
            start = time.perf_counter()
            records = list(warpsynth.generate(a.count, seed=a.seed, jobs=a.jobs))
            py_times.append(time.perf_counter() - start)
            py_cpu.append(cpu_seconds()[0] - cpu0)

        cli_records = []
        with open(os.path.join(out, "manifest.json")) as f:
            shards = json.load(f)["shards"]
        for shard in shards:
            with open(os.path.join(out, shard["file"]), "rb") as f:
                text = io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(f), encoding="utf-8")
                cli_records += [json.loads(line) for line in text]
    same = sorted(cli_records, key=lambda r: r["index"]) == records

    cli_s, py_s = statistics.median(cli_times), statistics.median(py_times)
    print(f"generate --count {a.count} --seed {a.seed} --jobs {a.jobs}, median of {a.rounds} rounds")
    print(f"  CLI (writes shards):          {cli_s:7.2f} s  {a.count / cli_s:8.0f} records/s"
          f"  ({statistics.median(cli_cpu):.2f} CPU s)")
    print(f"  warpsynth.generate (dicts):   {py_s:7.2f} s  {a.count / py_s:8.0f} records/s"
          f"  ({statistics.median(py_cpu):.2f} CPU s)")
    print(f"  same records: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
