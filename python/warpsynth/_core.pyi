"""Type stubs of warpsynth's extension module (src/python/module.cpp); use the `warpsynth` package."""

from typing import Optional

WARP_VERSION: str

# (file, line, col, kind ("error" or "unsupported"), message, "FILE:LINE:COL: error: message")
Diagnostic = tuple[str, int, int, str, str, str]

def preset_names() -> list[str]: ...

class GenerateStream:
    def __init__(
        self,
        count: int,
        seed: int,
        presets: list[str],
        devices: list[str],
        backend: str,
        ir: bool,
        full_module: bool,
        dedup: bool,
        split: str,
        jobs: int,
        verify: bool,
        warp_include: str,
        python: str,
        script: str,
    ) -> None: ...
    # The next records in index order as (JSON line, split name); empty at the end.
    def next_batch(self) -> list[tuple[str, str]]: ...
    def close(self) -> None: ...
    def summary_json(self) -> str: ...

class Compiler:
    def __init__(self, backend: str, devices: list[str], jobs: int, python: str, script: str, warp: bool) -> None: ...
    # Per file: (JSON lines, error, native decline reason, no kernel named `kernel`, the file's kernels).
    def compile(
        self, files: list[tuple[str, str, str]], full_module: bool, kernel: str, root: str
    ) -> list[tuple[list[str], Optional[Diagnostic], Optional[Diagnostic], bool, list[str]]]: ...

def python_files(args: list[str]) -> list[str]: ...

def stats(dir: str, html: str) -> str: ...
