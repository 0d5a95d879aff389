"""warpsynth reference worker: real Warp codegen behind a line protocol.

The C++ side (src/reference/worker_pool.cpp) starts one of these per --jobs and talks to it over pipes.
Each request and each response is one JSON object on one line:

  request : {"id": 7, "path": "warpsynth/k.py", "source": "...", "devices": ["cpu", "cuda"]}
            user files add "package": {"root": "/abs/proj", "shown_root": "proj", "module": "pkg.k",
                                       "sys_path": ["/abs/proj"]}   (src/pipeline/project.h)
  response: {"id": 7, "ok": true, "kernels": [{"name": "k", "mangled": "k_1a2b3c4d", "line": 8}],
             "modules": [{"device": "cpu", "source": "..."}, ...]}
        or  {"id": 7, "ok": false, "error": {"file": "...", "line": 3, "col": 5, "message": "...",
                                             "environment": true}}
  "environment" (only when true): the file could not even be imported here (an ImportError while it
  ran, e.g. torch is not installed), which says nothing about the file's validity.

The first line the worker writes is a hello: {"hello": "warpsynth-worker", "warp_version": "1.19.0"}.
Only Warp's codegen runs (ModuleBuilder.codegen), never a compiler, so no GPU or clang is needed.
The source is compiled under the virtual file name `path`, so no temporary path ever reaches the IR.

With "package", the file is imported as its project would import it (`importlib.import_module` of
`module`, its parent packages first; or run as a script when `module` is empty), with `sys_path` first
on sys.path. The file's own text comes from the request; the project's other modules are read from
disk and compiled under `shown_root`/<path below root>, never under machine paths. Everything loaded
from the project is dropped after the request, so each file sees a fresh process, as without "package".
"""

import copy
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import linecache
import os
import sys
import time
import traceback
import types


def _protocol_stream():
    # Keep a private handle on the real stdout for the protocol and point fd 1 at stderr, so that
    # anything Warp or user code prints can never corrupt the protocol stream.
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8", newline="\n")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return proto


def _quiet_init():
    # Warp warns on stderr that no CUDA driver exists; codegen does not need one, so hide that noise.
    import warp as wp

    wp.config.quiet = True
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        wp.init()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)
    return wp


def _error_position(exc, path):
    """Best-effort (line, col) of an error inside `path`: syntax errors carry it, Warp errors
    are located through the innermost traceback frame or the message that names the file."""
    if isinstance(exc, SyntaxError) and exc.filename == path:
        return exc.lineno or 0, exc.offset or 0
    line = 0
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            line = tb.tb_lineno
        tb = tb.tb_next
    if not line:
        import re

        m = re.search(re.escape(path) + r":(\d+)", str(exc))
        line = int(m.group(1)) if m else 0
    # Warp reports lines, not columns: point at the statement's first character.
    text = linecache.getline(path, line) if line else ""
    col = len(text) - len(text.lstrip()) + 1 if text.strip() else 0
    return line, col


class _EnvironmentFailure(Exception):
    """The file could not be imported here: its __cause__ is the ImportError."""


def _error_message(exc):
    # Warp wraps codegen failures as 'Error while parsing function "k" at file:line:\n<code>\n;<cause>';
    # the cause (also chained as __context__) is what the user needs to read.
    if str(exc).startswith("Error while parsing function") and exc.__context__ is not None:
        exc = exc.__context__
    text = str(exc).strip().splitlines()
    head = text[0] if text else ""
    return f"{type(exc).__name__}: {head}" if head else type(exc).__name__


class _ProjectLoader(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds and loads the request's file under its dotted name, and the project's other modules from
    disk under virtual names; modules it loaded are listed in `loaded`."""

    def __init__(self, package, path, source):
        # Real paths throughout: a virtual environment reached through a symbolic link puts the same
        # site-packages on sys.path under another name, and installed Warp must not pass for the project.
        self.root = os.path.realpath(package["root"])
        self.shown_root = package["shown_root"]
        self.main = package["module"]
        self.path = path
        self.source = source
        # A root already on sys.path holds installed code (site-packages): its modules are the
        # environment's, loaded as usual and kept.
        self.project = self.root not in [os.path.realpath(p) for p in sys.path]
        self.loaded = []
        self.files = {}  # module name -> (virtual file name, absolute file or None for the request's text)

    def find_spec(self, fullname, path=None, target=None):
        if fullname == self.main:
            self.files[fullname] = (self.path, None)
            package = os.path.basename(self.path) == "__init__.py"
            spec = importlib.util.spec_from_loader(fullname, self, origin=self.path, is_package=package)
            if package:
                spec.submodule_search_locations = [os.path.join(self.root, *fullname.split("."))]
            return spec
        if not self.project:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not spec.has_location or not str(spec.origin).endswith(".py"):
            return None
        origin = os.path.realpath(spec.origin)
        if os.path.commonpath([origin, self.root]) != self.root:
            return None
        shown = os.path.normpath(os.path.join(self.shown_root, os.path.relpath(origin, self.root)))
        self.files[fullname] = (shown, origin)
        package = spec.submodule_search_locations is not None
        mine = importlib.util.spec_from_loader(fullname, self, origin=shown, is_package=package)
        if package:
            mine.submodule_search_locations = spec.submodule_search_locations
        return mine

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        shown, origin = self.files[module.__name__]
        if origin is None:
            src = self.source
        else:
            with open(origin, encoding="utf-8") as f:
                src = f.read()
        # Warp reads function sources through linecache (inspect.getsource); no file has the virtual name.
        linecache.cache[shown] = (len(src), None, src.splitlines(True), shown)
        module.__file__ = shown
        self.loaded.append(module.__name__)
        exec(compile(src, shown, "exec"), module.__dict__)

    def is_project_namespace(self, module):
        # Namespace packages (directories without __init__.py) under the root have no loader of ours.
        # Read from the module's __dict__: getattr could run a lazy module's __getattr__ and import.
        attrs = getattr(module, "__dict__", {})
        paths = attrs.get("__path__")
        if attrs.get("__file__") is not None or not paths or not self.project:
            return False
        return all(os.path.commonpath([os.path.realpath(p), self.root]) == self.root for p in paths)


class Worker:
    def __init__(self):
        self.wp = _quiet_init()
        import warp._src.context as context

        self.context = context
        self.ModuleBuilder = context.ModuleBuilder
        self.user_modules = context.user_modules
        # Warp's own @wp.func helpers (norm_l2, quat_to_euler, ...) are already counted by the time
        # user code runs; every request starts from exactly this fresh-process state.
        self.fresh_function_counts = dict(context.function_key_counts)
        # wp.config too: a file may set `wp.config.enable_backward = False` for itself, which must not
        # reach the next file (several of Warp's own examples do).
        self.fresh_config = {
            k: copy.deepcopy(v)
            for k, v in vars(self.wp.config).items()
            if not k.startswith("_") and not isinstance(v, types.ModuleType)
        }
        self.counter = 0

    def codegen(self, req):
        wp = self.wp
        path = req["path"]
        src = req["source"]
        devices = req.get("devices", ["cpu", "cuda"])
        self.counter += 1
        name = f"warpsynth_m{self.counter}"
        # Every request must see Warp as a fresh process would: user functions are numbered per key
        # (`helper_0`, `helper_1`, ...) by a process-wide counter, so earlier requests must not count.
        self.context.function_key_counts.clear()
        self.context.function_key_counts.update(self.fresh_function_counts)
        config = vars(wp.config)
        for k in [k for k, v in config.items() if not k.startswith("_") and not isinstance(v, types.ModuleType)]:
            if k not in self.fresh_config:
                delattr(wp.config, k)
        for k, v in self.fresh_config.items():
            setattr(wp.config, k, copy.deepcopy(v))
        linecache.cache[path] = (len(src), None, src.splitlines(True), path)
        package = req.get("package")
        # A module the environment already holds (a file of installed Warp itself) runs as a script.
        if package and package["module"] in sys.modules:
            package = dict(package, module="")
        loader = _ProjectLoader(package, path, src) if package else None
        before = set(sys.modules)
        saved_path = list(sys.path)
        try:
            if loader:
                sys.path[:0] = package["sys_path"]
                sys.meta_path.insert(0, loader)
            if package and package["module"]:
                name = package["module"]
                self._import(name)
            else:
                mod = types.ModuleType(name)
                mod.__file__ = path
                sys.modules[name] = mod
                self._run(compile(src, path, "exec"), mod.__dict__)
            m = wp.get_module(name)
            opts = m.resolve_options(wp.config)
            m.hash_module()
            hasher = m.hashers.get(opts["block_dim"])
            modules = []
            built = None
            for dev in devices:
                o = opts | {"output_arch": None if dev == "cpu" else 75}
                builder = self.ModuleBuilder(m, o, hasher=hasher, target=dev)
                modules.append({"device": dev, "source": builder.codegen(dev)})
                built = builder
            kernels = []
            if built is not None:
                for k in built.kernels:
                    kernels.append(
                        {"name": k.key, "mangled": k.get_mangled_name(), "line": k.func.__code__.co_firstlineno}
                    )
            if not kernels:
                raise ValueError("no @wp.kernel found")
            return {"ok": True, "kernels": kernels, "modules": modules}
        finally:
            sys.path[:] = saved_path
            dropped = [name]
            if loader:
                sys.meta_path.remove(loader)
                new = set(sys.modules) - before
                project = [n for n in loader.loaded if loader.project or n != loader.main]
                project += [n for n in new if loader.is_project_namespace(sys.modules[n])]
                # and what the project put into sys.modules itself under its packages' names (lazy
                # modules behind a PEP 562 `__getattr__`, aliases): a later file would find them stale
                tops = {n.split(".")[0] for n in project}
                dropped += project + [n for n in new if n.split(".")[0] in tops]
                for shown, _ in loader.files.values():
                    if shown != path:
                        linecache.cache.pop(shown, None)
            for n in dropped:
                sys.modules.pop(n, None)
                m = self.user_modules.pop(n, None)
                if m is not None:
                    # Warp's own modules (warp.math, ...) list the modules that call them as dependents:
                    # without this, every request's modules stayed alive (55 MB per file of a large project).
                    m._detach_references()

    @staticmethod
    def _run(code, namespace):
        try:
            exec(code, namespace)
        except ImportError as exc:
            raise _EnvironmentFailure() from exc

    @staticmethod
    def _import(name):
        try:
            importlib.import_module(name)
        except ImportError as exc:
            raise _EnvironmentFailure() from exc

    def handle(self, req):
        start = time.perf_counter()
        try:
            resp = self.codegen(req)
            resp["seconds"] = time.perf_counter() - start
            linecache.cache.pop(req["path"], None)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported, the worker lives on
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            environment = isinstance(exc, _EnvironmentFailure)
            if environment:
                exc = exc.__cause__
            line, col = _error_position(exc, req.get("path", ""))
            if os.environ.get("WARPSYNTH_WORKER_TRACE"):
                traceback.print_exc()
            resp = {
                "ok": False,
                "error": {"file": req.get("path", ""), "line": line, "col": col, "message": _error_message(exc)},
            }
            if environment:
                resp["error"]["environment"] = True
            linecache.cache.pop(req.get("path", ""), None)
        resp["id"] = req.get("id")
        return resp


def main():
    proto = _protocol_stream()
    worker = Worker()
    proto.write(json.dumps({"hello": "warpsynth-worker", "warp_version": worker.wp.__version__}) + "\n")
    proto.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        if req.get("cmd") == "exit":
            break
        proto.write(json.dumps(worker.handle(req), separators=(",", ":")) + "\n")
        proto.flush()


if __name__ == "__main__":
    main()
