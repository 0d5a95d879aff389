"""`import warpsynth` against the CLI it is built with: the same records, field for field.

Run by ctest (tests/CMakeLists.txt) with the project's .venv Python and PYTHONPATH naming the package
to test (the build tree's, or one pip installed); argv[1] is the CLI. Needs no Warp unless --warp is
given, which adds the checks that run real Warp (extract's default backend).
"""

import glob
import importlib.util
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

import zstandard

import warpsynth

CLI = sys.argv[1] if len(sys.argv) > 1 else "build/warpsynth"
WARP = "--warp" in sys.argv[2:]
# A Warp example the native backend compiles whole.
EXAMPLE = Path(importlib.util.find_spec("warp").origin).parent / "examples" / "core" / "example_wave.py"


def cli(*args, check=True):
    return subprocess.run([CLI, *args], capture_output=True, text=True, check=check)


def extract_cli(*args):
    return [json.loads(line) for line in cli("extract", *args).stdout.splitlines()]


def read_split(out, split):
    """A split's records as the CLI wrote them: its shards in name order, as `datasets` reads them."""
    records = []
    for shard in sorted(glob.glob(os.path.join(out, "data", f"{split}-*.jsonl.zst"))):
        with open(shard, "rb") as f:
            text = io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(f), encoding="utf-8")
            records += [json.loads(line) for line in text]
    return records


class Generate(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.out = os.path.join(cls.tmp.name, "data")
        started = time.perf_counter()
        cli("generate", "--count", "1000", "--seed", "5", "--out", cls.out, "--quiet")
        cli_seconds = time.perf_counter() - started
        started = time.perf_counter()
        cls.iterator = warpsynth.generate(1000, seed=5)
        cls.records = list(cls.iterator)
        py_seconds = time.perf_counter() - started
        print(f"[ws] 1000 records: CLI {cli_seconds:.2f} s, warpsynth.generate {py_seconds:.2f} s", file=sys.stderr)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_count(self):
        self.assertEqual(len(self.records), 1000)

    def test_every_split_holds_the_cli_records_in_order(self):
        for split in ("train", "validation", "test"):
            ours = [r for r in self.records if r.split == split]
            self.assertEqual(ours, read_split(self.out, split), split)
            self.assertTrue(all(type(r) is warpsynth.Record for r in ours))

    def test_index_order_and_summary(self):
        indices = [r["index"] for r in self.records]
        self.assertEqual(indices, sorted(indices))
        with open(os.path.join(self.out, "manifest.json")) as f:
            self.assertEqual(self.iterator.summary, json.load(f)["counts"])

    def test_threads_and_early_stop_do_not_change_records(self):
        with warpsynth.generate(100_000, seed=5, jobs=1) as it:
            first = [next(it) for _ in range(40)]
        self.assertEqual(first, self.records[:40])
        self.assertEqual(list(it), [])  # closed

    def test_options(self):
        flags = ["--count", "30", "--seed", "5", "--ir", "none", "--preset", "loop", "--devices", "cpu"]
        ours = list(warpsynth.generate(30, seed=5, ir=False, presets=["loop"], devices=["cpu"]))
        self.assertEqual(ours, _cli_records(self.tmp.name, *flags))
        with self.assertRaisesRegex(ValueError, "count must be a positive integer"):
            warpsynth.generate(0)
        with self.assertRaisesRegex(ValueError, "unknown preset"):
            warpsynth.generate(5, presets=["nope"])
        with self.assertRaisesRegex(ValueError, "unknown device 'gpu' \\(expected cpu, cuda\\)"):
            warpsynth.generate(5, devices=["cpu", "gpu"])
        with self.assertRaisesRegex(ValueError, "device 'cpu' given twice"):
            warpsynth.generate(5, devices="cpu,cpu")


def _cli_records(tmp, *flags):
    """The records of a CLI run, all splits merged back into index order."""
    out = os.path.join(tmp, "opts")
    cli("generate", *flags, "--out", out, "--quiet", "--force")
    records = [r for split in ("train", "validation", "test") for r in read_split(out, split)]
    return sorted(records, key=lambda r: r["index"])


class Codegen(unittest.TestCase):
    def test_warp_example_as_extract(self):
        source = EXAMPLE.read_text()
        expected = extract_cli("--backend", "native", str(EXAMPLE))
        self.assertEqual([r["backend"] for r in expected], ["native"] * 3)  # three kernels, no decline
        self.assertEqual(warpsynth.codegen(source, path=str(EXAMPLE)), expected)
        self.assertEqual(warpsynth.extract(EXAMPLE, backend="native"), expected)
        name = expected[1]["kernel_name"]
        only = extract_cli("--backend", "native", "--devices", "cpu", "--kernel", name, "--full-module", str(EXAMPLE))
        ours = warpsynth.codegen(source, devices=["cpu"], path=str(EXAMPLE), kernel=name, full_module=True)
        self.assertEqual(ours, only)

    def test_syntax_error_has_file_line_col(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, "bad.py")
            Path(bad).write_text("import warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float):\n    pass\n")
            diagnostic = cli("extract", "--backend", "native", bad, check=False).stderr.strip()
            with self.assertRaises(warpsynth.CompileError) as caught:
                warpsynth.codegen(Path(bad).read_text(), path=bad)
        self.assertTrue(diagnostic.startswith(f"{bad}:4:"), diagnostic)
        self.assertEqual(str(caught.exception), diagnostic)
        self.assertEqual((caught.exception.file, caught.exception.line), (bad, 4))
        self.assertGreater(caught.exception.col, 0)
        self.assertIsInstance(caught.exception, ValueError)

    def test_native_decline_without_warp(self):
        # -S: no site-packages, so no warp-lang: the kernel native declines has nowhere to go.
        source = "import warp as wp\n\n@wp.kernel\ndef k(a: wp.array(dtype=float)):\n    def f(x: float):\n" \
            "        return x\n    a[wp.tid()] = 1.0\n"
        code = (
            "import sys, warpsynth\n"
            "try:\n    warpsynth.codegen(sys.argv[1], path='d.py')\n"
            "except warpsynth.DeclinedError as e:\n    print(e, isinstance(e, NotImplementedError))\n"
        )
        env = {k: v for k, v in os.environ.items() if k != "WARPSYNTH_PYTHON"}
        out = subprocess.run([sys.executable, "-S", "-c", code, source], env=env, capture_output=True, text=True)
        self.assertEqual(out.stdout.strip(), "d.py:5:5: unsupported: nested function True", out.stderr)

    def test_unknown_kernel(self):
        with self.assertRaisesRegex(warpsynth.CompileError, "no kernel named 'nope'"):
            warpsynth.codegen(EXAMPLE.read_text(), kernel="nope")


class Stats(unittest.TestCase):
    def test_stats_as_cli(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "data")
            cli("generate", "--count", "50", "--seed", "9", "--out", out, "--quiet")
            self.assertEqual(warpsynth.stats(out), cli("stats", out).stdout)
            with self.assertRaises(NotADirectoryError):
                warpsynth.stats(os.path.join(tmp, "missing"))


@unittest.skipUnless(WARP, "needs real Warp (--warp)")
class WithWarp(unittest.TestCase):
    def test_extract_default_backend_is_warp(self):
        expected = extract_cli(str(EXAMPLE))
        self.assertEqual([r["backend"] for r in expected], ["warp"] * 3)
        self.assertEqual(warpsynth.extract([EXAMPLE]), expected)
        self.assertEqual(warpsynth.codegen(EXAMPLE.read_text(), path=str(EXAMPLE), backend="warp"), expected)


if __name__ == "__main__":
    print(f"[ws] testing warpsynth from {os.path.dirname(warpsynth.__file__)}", file=sys.stderr)
    # After the CLI and the flags: the test classes to run (default: all).
    unittest.main(argv=[sys.argv[0], "-v", *[a for a in sys.argv[2:] if not a.startswith("--")]])
