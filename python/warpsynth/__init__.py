"""warpsynth: NVIDIA Warp kernels in Python, paired with the C++/CUDA source Warp generates for them.

The package runs the same C++ pipeline as the `warpsynth` command line tool (its extension module
links the CLI's own library), so it gives the CLI's records, field for field:

- ``generate(count, seed)``: an iterator over the records ``warpsynth generate --count N --seed S``
  writes, in the same order, produced in C++ threads while Python reads them; nothing touches disk.
- ``codegen(source)``: the records of every ``@wp.kernel`` in a Python source string, as
  ``warpsynth extract`` gives them for a file.
- ``extract(paths)`` and ``stats(dir)``: the CLI's ``extract`` and ``stats``.

Records are dicts with the fields of docs/dataset-format.md. Real Warp (warp-lang, pinned to
``WARP_VERSION``) is needed only where the native C++ backend declines a kernel or the ``warp``
backend is asked for; it runs in worker processes started from this interpreter (or from
``$WARPSYNTH_PYTHON``) with ``PYTHONHASHSEED=0``, because Warp's output for some kernels depends on
the hash seed, which a running interpreter cannot change.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Optional, Union

from . import _core

__version__ = "0.1.0"
#: The warp-lang version whose output the records hold.
WARP_VERSION: str = _core.WARP_VERSION

__all__ = [
    "WARP_VERSION",
    "CompileError",
    "DeclinedError",
    "GenerateIterator",
    "Record",
    "codegen",
    "extract",
    "generate",
    "presets",
    "stats",
]

_DEVICES = ("cpu", "cuda")
_WORKER_SCRIPT = str(Path(__file__).with_name("warp_worker.py"))
PathLike = Union[str, "os.PathLike[str]"]


class _Diagnostic:
    """The FILE:LINE:COL diagnostic an error carries (CompileError, DeclinedError)."""

    def __init__(self, text: str, file: str = "", line: int = 0, col: int = 0, message: str = "") -> None:
        super().__init__(text)
        self.file = file
        self.line = line
        self.col = col
        self.message = message


class CompileError(_Diagnostic, ValueError):
    """Python source that Warp rejects (or that is not valid Python).

    ``str(error)`` is the diagnostic ``FILE:LINE:COL: error: MESSAGE``, as the CLI prints it; with
    several files (``extract``), one line per failing file. ``file``, ``line``, ``col`` (1-based, 0
    when unknown) and ``message`` describe the first.
    """


class DeclinedError(_Diagnostic, NotImplementedError):
    """The native backend cannot reproduce Warp's output for this source exactly, and real Warp is
    not available here to compile it instead (install the pinned warp-lang, or set
    ``$WARPSYNTH_PYTHON`` to an interpreter that has it). ``str(error)`` is
    ``FILE:LINE:COL: unsupported: REASON``; the attributes are those of CompileError."""


class Record(dict):  # type: ignore[type-arg]
    """A generated record: a dict of the JSON fields the CLI writes (it compares equal to the parsed
    line), plus ``split`` (``"train"``, ``"validation"`` or ``"test"``), the split the CLI writes it to."""

    __slots__ = ("split",)
    split: str


class GenerateIterator(Iterator[Record]):
    """The records of one ``generate`` run, in generation-index order (see ``generate``).

    The run goes on in C++ threads, a few chunks ahead of the reader. ``close()`` (or leaving a
    ``with`` block) stops it early; ``summary`` has the run's counts, as manifest.json's ``counts``.
    """

    def __init__(self, stream: _core.GenerateStream) -> None:
        self._stream = stream
        self._batch: list[tuple[str, str]] = []
        self._next = 0

    def __iter__(self) -> GenerateIterator:
        return self

    def __next__(self) -> Record:
        if self._next == len(self._batch):
            self._batch = self._stream.next_batch()  # waits without the GIL
            self._next = 0
            if not self._batch:
                raise StopIteration
        line, split = self._batch[self._next]
        self._next += 1
        record = Record(json.loads(line))
        record.split = split
        return record

    def close(self) -> None:
        """Stops the run; the iterator then ends."""
        self._batch, self._next = [], 0
        self._stream.close()

    def __enter__(self) -> GenerateIterator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def summary(self) -> dict[str, Any]:
        """Counts of the run so far (complete once the iterator is exhausted): written, drawn,
        duplicates, declined, per_split, per_preset, per_backend, decline_reasons, failure_reasons and
        failures, as in manifest.json."""
        return json.loads(self._stream.summary_json())


def presets() -> list[str]:
    """The generator's preset names (``generate(presets=...)`` takes a subset)."""
    return list(_core.preset_names())


def generate(
    count: int,
    seed: int = 0,
    presets: Optional[Sequence[str]] = None,
    ir: bool = True,
    *,
    devices: Sequence[str] = _DEVICES,
    backend: str = "native",
    full_module: bool = False,
    dedup: bool = True,
    split: str = "0.9,0.05,0.05",
    jobs: Optional[int] = None,
    verify: bool = False,
) -> GenerateIterator:
    """The records ``warpsynth generate --count COUNT --seed SEED`` writes with the same options, as
    an iterator of Record dicts, without writing anything.

    "The records the CLI writes" means: every record of the run, in generation-index order, structural
    duplicates already dropped and failed kernels already replaced by later draws, exactly as the
    CLI decides; each one's ``split`` attribute names the split the CLI puts it in. The CLI's
    ``train`` shards, read in name order, hold exactly the records with ``split == "train"``, in this
    order (likewise ``validation`` and ``test``). ``count`` counts records over all splits.

    Options mirror the CLI's flags: ``presets`` (``--preset``, default all), ``ir=False`` (``--ir none``:
    Python only), ``devices`` (``--devices``), ``backend`` (``native``, whose declines go to real Warp,
    or ``warp``), ``full_module``, ``dedup=False`` (``--no-dedup``), ``split`` (``--split`` ratios),
    ``jobs`` (threads; default: the machine's CPUs) and ``verify=True`` (``--verify run``). Records do
    not depend on ``jobs``.

    Raises ValueError for bad options; an error during the run (a Warp worker that cannot start, say)
    is raised as RuntimeError by the iteration that reaches it.
    """
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"count must be a positive integer, got {count!r}")
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**64:
        raise ValueError(f"seed must be an integer in [0, 2**64), got {seed!r}")
    if jobs is None:
        jobs = os.cpu_count() or 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or not 1 <= jobs <= 256:
        raise ValueError(f"jobs must be an integer in [1, 256], got {jobs!r}")
    warp_python = _warp_python()
    stream = _core.GenerateStream(
        count=count,
        seed=seed,
        presets=list(presets or []),
        devices=_device_list(devices),
        backend=backend,
        ir=ir,
        full_module=full_module,
        dedup=dedup,
        split=split,
        jobs=jobs,
        verify=verify,
        warp_include=_warp_include() if verify else "",
        python=warp_python or sys.executable,
        script=_WORKER_SCRIPT,
    )
    return GenerateIterator(stream)


def codegen(
    source: str,
    devices: Sequence[str] = _DEVICES,
    path: Optional[PathLike] = None,
    *,
    backend: str = "native",
    kernel: Optional[str] = None,
    full_module: bool = False,
) -> list[dict[str, Any]]:
    """The records of every ``@wp.kernel`` in the Python module ``source`` (only ``kernel`` when
    given): those ``warpsynth extract --backend BACKEND FILE`` prints for a file holding ``source``,
    field for field.

    ``path`` is the file name the source is compiled under (it appears in records and in the
    generated ``// path:line`` comments; default ``<string>``). The native backend produces what it
    can; what it declines goes to real Warp when warp-lang is importable (the record's ``backend`` is
    then ``warp``), else DeclinedError is raised. ``backend="warp"`` uses real Warp for everything.

    Raises CompileError (a ValueError) with the ``FILE:LINE:COL: error: ...`` diagnostic when the
    source is not a valid Warp module, and when ``kernel`` names none of its kernels.
    """
    file = "<string>" if path is None else os.fspath(path)
    # A real file is compiled inside its project, and its records carry their provenance, as extract's.
    read_from = file if path is not None and os.path.isfile(file) else ""
    compiler = _compiler(backend, devices, 1)
    [result] = compiler.compile(
        files=[(source, file, read_from)], full_module=full_module, kernel=kernel or "", root=""
    )
    errors: list[tuple[Any, ...]] = []
    records = _file_records(result, file, kernel, errors)
    if errors:
        _raise(errors)
    return records


def extract(
    paths: Union[PathLike, Iterable[PathLike]],
    *,
    kernel: Optional[str] = None,
    devices: Sequence[str] = _DEVICES,
    backend: str = "warp",
    as_path: Optional[PathLike] = None,
    root: Optional[PathLike] = None,
    full_module: bool = False,
    jobs: int = 1,
) -> list[dict[str, Any]]:
    """The records ``warpsynth extract PATHS...`` prints, in argument order (directories walked for
    Python files with kernels), with the same options (``--kernel``, ``--devices``, ``--backend``,
    ``--as``, ``--root``, ``--full-module``, ``--jobs``). Each file is compiled inside its project and
    its records carry their provenance (``source_path``, ``source_line``, ``license``).

    A file that cannot be read raises OSError. Files that do not compile raise one CompileError
    listing each (the CLI prints the other files' records and exits non-zero), DeclinedError when the
    only failures are native declines that no Warp could take.
    """
    args = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else [os.fspath(p) for p in paths]
    if not args:
        raise ValueError("extract needs at least one path")
    files = _core.python_files(args)  # directories walked as the CLI walks them
    if not files:
        raise ValueError(f"no Python file with a kernel under {', '.join(args)}")
    if as_path is not None and len(files) != 1:
        raise ValueError("as_path needs exactly one file")
    if isinstance(jobs, bool) or not isinstance(jobs, int) or not 1 <= jobs <= 256:
        raise ValueError(f"jobs must be an integer in [1, 256], got {jobs!r}")
    # Bytes as they are (no newline translation), as the CLI reads them.
    sources = [Path(f).read_bytes().decode("utf-8") for f in files]
    names = files if as_path is None else [os.fspath(as_path)]
    results = _compiler(backend, devices, jobs).compile(
        files=list(zip(sources, names, files)),
        full_module=full_module,
        kernel=kernel or "",
        root="" if root is None else os.fspath(root),
    )
    records: list[dict[str, Any]] = []
    errors: list[tuple[Any, ...]] = []
    for file, result in zip(files, results):
        records += _file_records(result, file, kernel, errors)
    if errors:
        _raise(errors)
    return records


def stats(dir: PathLike, html: Optional[PathLike] = None) -> str:
    """The report ``warpsynth stats DIR`` prints for a dataset directory written by ``generate``:
    counts per split, preset and backend, builtins, sizes, structural uniqueness and naturalness.
    With ``html``, also writes the HTML report (``--html``) there.

    Raises NotADirectoryError when ``dir`` is not a directory, ValueError when it holds no records.
    """
    d = os.fspath(dir)
    if not os.path.isdir(d):
        raise NotADirectoryError(f"{d}: not a directory")
    return _core.stats(dir=d, html="" if html is None else os.fspath(html))


# --- helpers ---------------------------------------------------------------------------------------

_compilers: dict[tuple[Any, ...], _core.Compiler] = {}


def _warp_python() -> Optional[str]:
    """The interpreter that runs real Warp: $WARPSYNTH_PYTHON, else this one if it has warp-lang."""
    env = os.environ.get("WARPSYNTH_PYTHON")
    if env:
        return env
    return sys.executable if importlib.util.find_spec("warp") is not None else None


def _warp_include() -> str:
    """Warp's native headers (for verify=True): those of this interpreter's warp-lang, if any."""
    spec = importlib.util.find_spec("warp")
    if spec is None or not spec.submodule_search_locations:
        return ""  # the C++ side then looks for the project's .venv and says what is missing
    return os.path.join(list(spec.submodule_search_locations)[0], "native")


def _device_list(devices: Union[str, Sequence[str]]) -> list[str]:
    """"cpu,cuda" or a sequence of names; the C++ side checks them (ValueError, as --devices)."""
    return devices.split(",") if isinstance(devices, str) else list(devices)


def _compiler(backend: str, devices: Sequence[str], jobs: int) -> _core.Compiler:
    """One Compiler per configuration, kept for the interpreter's life: its Warp workers start once."""
    warp_python = _warp_python()
    key = (backend, tuple(_device_list(devices)), jobs, warp_python)
    if key not in _compilers:
        _compilers[key] = _core.Compiler(
            backend=backend,
            devices=list(key[1]),
            jobs=jobs,
            python=warp_python or "",
            script=_WORKER_SCRIPT,
            warp=warp_python is not None,
        )
    return _compilers[key]


def _file_records(
    result: tuple[Any, ...], file: str, kernel: Optional[str], errors: list[tuple[Any, ...]]
) -> list[dict[str, Any]]:
    """One file's records, parsed; its error, if any, appended to `errors` instead."""
    lines, error, _declined, no_such_kernel, kernels = result
    if error is not None:
        errors.append(error)
        return []
    if no_such_kernel:
        text = f"{file}: error: no kernel named '{kernel}' (kernels: {', '.join(kernels)})"
        errors.append((file, 0, 0, "error", f"no kernel named '{kernel}'", text))
        return []
    return [json.loads(line) for line in lines]


def _raise(errors: list[tuple[Any, ...]]) -> None:
    file, line, col, kind, message, _ = errors[0]
    text = "\n".join(e[5] for e in errors)
    cls = DeclinedError if all(e[3] == "unsupported" for e in errors) else CompileError
    raise cls(text, file, line, col, message)
