#!/usr/bin/env python3
"""Measures how natural a dataset's kernels read, statically, with Python's `ast` (no Warp needed).

    python scripts/naturalness.py DIR [--limit N] [--json FILE|-]

Each record's `python` (its kernel and the @wp.func helpers of its file) is parsed; every function
decorated @wp.kernel or @wp.func is analysed on its own, and a record counts for a metric when any
of its functions does. Array names are the parameters annotated `wp.array(...)`, `wp.array2d(...)` ...
`wp.indexedarray(...)`, `wp.fabricarray(...)`; everything else is a local or a by-value parameter.

Metrics (percent of kernels, overall and per preset):
  dead-store     a local (or re-assigned parameter) is assigned a value that is never read: no read
                 of the name textually after the assignment (nor anywhere in a loop enclosing it:
                 loop-carried reads), or the value is overwritten before any read (the next event on
                 the name is a plain assignment in the same block or one enclosing it). `x += y`
                 reads x, then assigns it. Loop targets and `_` are not counted; `i, j = wp.tid()`
                 with an unused j is.
  unread-local   weaker: a local name assigned somewhere and read nowhere in its function.
  double-store   the same array element is stored twice with no read of it in between: same array
                 name and same index text, `out[i] = ...` after `out[i] = ...` or after
                 `out[i] += ...`, in textual statement order; the two branches of an if/else are
                 different paths; a read of that element (same index text), any whole-array use
                 (e.g. passing it to wp.atomic_add or a @wp.func) or re-assigning a name of the index
                 expression in between clears it.
  loop-rewrite   a plain store inside a loop whose index expression uses no name the loop assigns
                 (the loop variable included) and whose element the loop body never reads: every
                 iteration overwrites the same element (e.g. `for k in range(4): out[tid] = x`).
  const-index    an array subscript with a constant among its index components (`b[0]`, `a[i, 6]`,
                 `b[-1]`); component subscripts of vectors/matrices (`v[0]`, `out[i][0]`) are not
                 array subscripts.
  no-effect      a statement that cannot change anything: a `for` over a range that is empty as written
                 (`range(k, k)`, `range(5, 2)`), a `continue` that is the last statement of its loop's body
                 (also as the whole body of a last `if`), or a loop whose body assigns, stores and calls
                 nothing (only `if`/`continue`/`break`/`pass`).
  const-expr     arithmetic on constants only, which a person folds by hand: a builtin other than a type
                 constructor called with only constant arguments (`wp.length(wp.vec2(3.0, 4.0))`), or a
                 binary operation of two constants at least one of which is a constructor
                 (`wp.vec2i(1, 2) + wp.vec2i(3, 4)`, `wp.uint32(7) / wp.uint32(4)`). A constant is a number
                 or bool literal, or a constructor of constants.
  literal-cond   a condition written with a bool literal: `True if c else False`, `if True:`.
  nested-ternary a conditional expression inside another one (`a if c else (b if d else e)`, or in its
                 condition).
  guarded        (percent of all array subscripts, not of kernels) subscripts whose every index
                 component is a thread index from `wp.tid()`, a wp.min/wp.max/wp.clamp call or a `%`
                 expression, or a name guarded by a `.shape` check: an enclosing `if` whose test reads
                 some `.shape`, an earlier `if ...shape...: return`, or a loop `for k in range(...
                 .shape ...)`.

`warpsynth stats DIR` reports dead locals, overwritten stores, constant indices and guarded accesses
computed in C++ (src/dataset/naturalness.h); docs/cli.md says how they differ from these.

Prints a table; --json writes the numbers (and per-kernel findings) as JSON to FILE, or stdout with `-`.
Exit codes: 0 on success, 2 bad usage or no records. Records whose Python does not parse are counted
in `unparsed` and skipped.
"""

import argparse
import ast
import json
import pathlib
import re
import sys
from collections import defaultdict

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from compile_check import records  # noqa: E402 - the same reader of the shards

ARRAY_ANNOTATIONS = ("wp.array", "wp.indexedarray", "wp.fabricarray", "wp.indexedfabricarray", "array")
GUARD_CALLS = {"min", "max", "clamp"}
METRICS = ("dead-store", "unread-local", "double-store", "loop-rewrite", "const-index", "no-effect", "const-expr",
           "literal-cond", "nested-ternary")
# Type constructors and casts: a call of one of these on literals is a constant a person writes
# (`wp.vec3(0.0, 1.0, 0.0)`); any other builtin of only constants is arithmetic nobody writes out.
CONSTRUCTOR = re.compile(r"^(vec|mat|quat|transform|spatial_vector|spatial_matrix|float|int|uint|bool|identity"
                         r"|vector|matrix)")


def is_decorated(fn, names=("kernel", "func")):
    for d in fn.decorator_list:
        d = d.func if isinstance(d, ast.Call) else d
        if (isinstance(d, ast.Attribute) and d.attr in names) or (isinstance(d, ast.Name) and d.id in names):
            return True
    return False


def array_params(fn):
    out = set()
    for a in fn.args.args:
        if a.annotation is not None:
            text = ast.unparse(a.annotation)
            if any(text.startswith(p) for p in ARRAY_ANNOTATIONS):
                out.add(a.arg)
    return out


def pos(node, end=False):
    return (node.end_lineno, node.end_col_offset) if end else (node.lineno, node.col_offset)


def subscript_base(node):
    """The Name at the root of a Subscript/Attribute chain, or None."""
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        node = node.value
    return node if isinstance(node, ast.Name) else None


def first_subscript(node):
    """The innermost Subscript applied directly to a Name (the array subscript of `a[i][0].x`)."""
    found = None
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            found = node
        node = node.value
    return found


def index_parts(sub):
    s = sub.slice
    return list(s.elts) if isinstance(s, ast.Tuple) else [s]


def is_constant(e):
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, (ast.USub, ast.UAdd)):
        e = e.operand
    return isinstance(e, ast.Constant) and isinstance(e.value, (int, float)) and not isinstance(e.value, bool)


def call_name(call):
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else (f.id if isinstance(f, ast.Name) else None)


def names_in(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


# ----------------------------------------------------------------------------------------------------
# (a) dead stores / unread locals

def dead_stores(fn, arrays):
    """[(name, line)] of assignments whose value is never read, and the set of locals that are assigned
    but never read at all. An assignment is live if the name is read in a loop enclosing it (the next
    iteration may read it), or if the first later event on the name, in textual order, is a read; it is
    dead if that first event is an unconditional overwrite (a plain assignment in the same block or in
    one enclosing it), or if no read follows at all."""
    events = []  # (time, kind, name, ctx, loops, is_loop_var); ctx: the enclosing branch/loop blocks

    def visit(node, ctx, loops):
        if isinstance(node, (ast.For, ast.While, ast.AsyncFor)):
            span = (pos(node), pos(node, True))
            inner, inner_ctx = loops + (span,), ctx + (id(node),)
            if isinstance(node, ast.For):
                visit(node.iter, ctx, loops)
                for n in ast.walk(node.target):  # the loop variable: a write that is never "dead"
                    if isinstance(n, ast.Name):
                        events.append((pos(node), "w", n.id, inner_ctx, inner, True))
            else:
                visit(node.test, inner_ctx, inner)
            for s in node.body + node.orelse:
                visit(s, inner_ctx, inner)
            return
        if isinstance(node, ast.If):
            visit(node.test, ctx, loops)
            for s in node.body:
                visit(s, ctx + (id(node.body),), loops)
            for s in node.orelse:
                visit(s, ctx + (id(node.orelse),), loops)
            return
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            value = node.value
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if value is not None:
                visit(value, ctx, loops)
            for t in targets:
                if isinstance(node, ast.AugAssign) and isinstance(t, ast.Name):
                    events.append((pos(node), "r", t.id, ctx, loops, False))
                for n in ast.walk(t):
                    if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                        events.append((pos(node, True), "w", n.id, ctx, loops, False))
                    elif isinstance(n, ast.Name):
                        events.append((pos(n), "r", n.id, ctx, loops, False))
            return
        if isinstance(node, ast.Name):
            if isinstance(node.ctx, ast.Load):
                events.append((pos(node), "r", node.id, ctx, loops, False))
            return
        for child in ast.iter_child_nodes(node):
            visit(child, ctx, loops)

    for s in fn.body:
        visit(s, (), ())
    events.sort(key=lambda e: e[0])
    params = {a.arg for a in fn.args.args}
    by_name = defaultdict(list)
    for e in events:
        by_name[e[2]].append(e)
    dead, unread = [], set()
    for name, evs in by_name.items():
        if name == "_" or name in arrays:
            continue
        if not any(k == "r" for _, k, *_ in evs) and name not in params:
            if any(k == "w" and not lv for _, k, _, _, _, lv in evs):
                unread.add(name)
        for i, (t, kind, _, ctx, loops, is_loop_var) in enumerate(evs):
            if kind != "w" or is_loop_var:
                continue
            if any(k == "r" and any(lo <= rt <= hi for lo, hi in loops) for rt, k, *_ in evs):
                continue  # read by a later iteration of an enclosing loop
            later = [e for e in evs[i + 1:] if e[0] > t]
            first = later[0] if later else None
            if first is not None and first[1] == "r":
                continue
            if first is None or (not first[5] and ctx[:len(first[3])] == first[3]) or \
                    not any(e[1] == "r" for e in later):
                dead.append((name, t[0]))
    return dead, unread


# ----------------------------------------------------------------------------------------------------
# (b) double stores and loop rewrites

class StoreTracker:
    def __init__(self, arrays):
        self.arrays = arrays
        self.doubles = []  # (array, index text, first line, second line)

    def key(self, target):
        base = subscript_base(target)
        if base is None or base.id not in self.arrays or first_subscript(target) is None:
            return None
        return base.id, ast.unparse(target)[len(base.id):]

    @staticmethod
    def related(a, b):
        return a.startswith(b) or b.startswith(a)

    def read_expr(self, node, pending):
        """Kills the pending stores that an expression reads: same element, or the whole array."""
        if node is None:
            return
        for n in ast.walk(node):
            if isinstance(n, (ast.Subscript, ast.Attribute)) and isinstance(getattr(n, "ctx", None), ast.Load):
                k = self.key(n)
                if k is not None:
                    for pk in [pk for pk in pending if pk[0] == k[0] and self.related(pk[1], k[1])]:
                        del pending[pk]
        # whole-array uses: a bare array name not under a subscript/attribute (call arguments, aliases)
        covered = set()
        for n in ast.walk(node):
            if isinstance(n, (ast.Subscript, ast.Attribute)):
                b = subscript_base(n)
                if b is not None:
                    covered.add(id(b))
        for n in ast.walk(node):
            if isinstance(n, ast.Name) and n.id in self.arrays and id(n) not in covered:
                for pk in [pk for pk in pending if pk[0] == n.id]:
                    del pending[pk]

    def assigned(self, names, pending):
        for pk in [pk for pk, (_, idx_names) in pending.items() if idx_names & names or pk[0] in names]:
            del pending[pk]

    def store(self, target, line, pending, plain):
        k = self.key(target)
        if k is None:
            return
        if plain and k in pending:
            self.doubles.append((k[0], k[1], pending[k][0], line))
        sub = first_subscript(target)
        pending[k] = (line, names_in(sub.slice) if sub is not None else set())

    def block(self, stmts, pending):
        for s in stmts:
            pending = self.stmt(s, pending)
        return pending

    def stmt(self, s, pending):
        if isinstance(s, ast.If):
            self.read_expr(s.test, pending)
            a = self.block(s.body, dict(pending))
            b = self.block(s.orelse, dict(pending))
            return {**b, **a}
        if isinstance(s, (ast.For, ast.While)):
            self.read_expr(s.iter if isinstance(s, ast.For) else s.test, pending)
            if isinstance(s, ast.For):
                self.assigned(names_in(s.target), pending)
            after = self.block(s.body + s.orelse, dict(pending))
            return {**pending, **after}
        if isinstance(s, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = s.targets if isinstance(s, ast.Assign) else [s.target]
            self.read_expr(s.value, pending)
            for t in targets:  # index expressions of the targets are reads of locals only
                sub = first_subscript(t)
                if sub is not None:
                    self.read_expr(sub.slice, pending)
            if isinstance(s, ast.AugAssign):
                k = self.key(s.target)
                if k is not None:
                    pending.pop(k, None)  # x[i] += ... reads x[i]
            for t in targets:
                if isinstance(t, (ast.Subscript, ast.Attribute)):
                    self.store(t, s.lineno, pending, plain=not isinstance(s, ast.AugAssign))
                else:
                    self.assigned(names_in(t), pending)
            return pending
        for child in ast.iter_child_nodes(s):  # expressions, returns, nested statements
            if isinstance(child, ast.stmt):
                pending = self.stmt(child, pending)
            else:
                self.read_expr(child, pending)
        return pending


def double_stores(fn, arrays):
    t = StoreTracker(arrays)
    t.block(fn.body, {})
    return t.doubles


def loop_rewrites(fn, arrays):
    """Plain stores in a loop body to an element the loop never reads, at an index the loop never changes."""
    found = []
    for loop in (n for n in ast.walk(fn) if isinstance(n, (ast.For, ast.While))):
        assigned = set()
        for n in ast.walk(loop):
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                assigned.add(n.id)
        tracker = StoreTracker(arrays)
        read_keys, whole = set(), set()
        for n in ast.walk(loop):
            if isinstance(n, (ast.Subscript, ast.Attribute)) and isinstance(n.ctx, ast.Load):
                k = tracker.key(n)
                if k is not None:
                    read_keys.add(k)
            if isinstance(n, ast.Call):
                whole |= {a.id for a in n.args if isinstance(a, ast.Name) and a.id in arrays}
            if isinstance(n, ast.AugAssign):
                k = tracker.key(n.target)
                if k is not None:
                    read_keys.add(k)
        for n in ast.walk(loop):
            if isinstance(n, ast.Assign):
                for t in n.targets:
                    k = tracker.key(t)
                    sub = first_subscript(t)
                    if k is None or sub is None or names_in(sub.slice) & assigned or k[0] in whole:
                        continue
                    if not any(rk[0] == k[0] and StoreTracker.related(rk[1], k[1]) for rk in read_keys):
                        found.append((k[0], k[1], n.lineno))
    return sorted(set(found))


# ----------------------------------------------------------------------------------------------------
# (c) constant indices and (d) guarded accesses

def subscripts(fn, arrays, tids):
    """[(subscript node, guarded?, constant?)] for every array subscript in the function."""
    out = []

    def guarded_part(e, guards):
        if isinstance(e, ast.Name):
            return e.id in tids or e.id in guards
        if isinstance(e, ast.Call) and call_name(e) in GUARD_CALLS:
            return True
        return isinstance(e, ast.BinOp) and isinstance(e.op, ast.Mod)

    def mentions_shape(e):
        return any(isinstance(n, ast.Attribute) and n.attr == "shape" for n in ast.walk(e))

    def exits(stmts):
        return bool(stmts) and isinstance(stmts[-1], (ast.Return, ast.Continue, ast.Break))

    def expr(node, guards):
        for n in ast.walk(node):
            if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id in arrays:
                parts = index_parts(n)
                out.append((n, all(guarded_part(p, guards) for p in parts), any(is_constant(p) for p in parts)))

    def block(stmts, guards):
        guards = set(guards)
        for s in stmts:
            if isinstance(s, ast.If):
                expr(s.test, guards)
                g = guards | names_in(s.test) if mentions_shape(s.test) else guards
                block(s.body, g)
                block(s.orelse, g)
                if mentions_shape(s.test) and exits(s.body):
                    guards |= names_in(s.test)  # if i >= a.shape[0]: return
            elif isinstance(s, ast.For):
                expr(s.iter, guards)
                g = guards | names_in(s.target) if mentions_shape(s.iter) else guards
                block(s.body + s.orelse, g)
            elif isinstance(s, ast.While):
                expr(s.test, guards)
                block(s.body + s.orelse, guards | names_in(s.test) if mentions_shape(s.test) else guards)
            else:
                for child in ast.iter_child_nodes(s):
                    if isinstance(child, ast.stmt):
                        block([child], guards)
                    else:
                        expr(child, guards)

    block(fn.body, set())
    return out


def is_const_value(e):
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, (ast.USub, ast.UAdd, ast.Not)):
        e = e.operand
    if isinstance(e, ast.Constant):
        return isinstance(e.value, (int, float, bool))
    return is_constructor_of_constants(e)


def is_constructor_of_constants(e):
    if not isinstance(e, ast.Call):
        return False
    name = call_name(e)
    if name is None or not CONSTRUCTOR.match(name):
        return False
    args = list(e.args) + [k.value for k in e.keywords if k.arg not in ("dtype", "n", "length", "shape")]
    return all(is_const_value(a) or (isinstance(a, ast.Attribute) and is_dtype_attribute(a)) for a in args)


def is_dtype_attribute(a):
    return isinstance(a.value, ast.Name) and a.value.id == "wp" and CONSTRUCTOR.match(a.attr) is not None


def const_exprs(fn):
    """The function's body and signature; not its decorators (`@wp.kernel(enable_backward=False)`)."""
    out = []
    for n in (n for part in (fn.args, *fn.body) for n in ast.walk(part)):
        if isinstance(n, ast.Call) and (n.args or n.keywords):
            name = call_name(n)
            f = n.func
            is_wp = isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "wp"
            if is_wp and name and not CONSTRUCTOR.match(name) and all(is_const_value(a) for a in n.args) \
                    and all(is_const_value(k.value) for k in n.keywords):
                out.append(n)
        elif isinstance(n, ast.BinOp) and is_const_value(n.left) and is_const_value(n.right) and (
                is_constructor_of_constants(n.left) or is_constructor_of_constants(n.right)):
            out.append(n)
    return out


def is_range_empty(it):
    if not (isinstance(it, ast.Call) and call_name(it) == "range" and len(it.args) >= 2):
        return False
    a, b = it.args[0], it.args[1]
    step = it.args[2] if len(it.args) > 2 else None
    if ast.unparse(a) == ast.unparse(b):
        return True
    if is_constant(a) and is_constant(b) and (step is None or (is_constant(step) and ast.literal_eval(step) > 0)):
        return ast.literal_eval(a) >= ast.literal_eval(b)
    return False


def has_effect(stmts):
    for s in stmts:
        for n in ast.walk(s):
            if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return, ast.Call)):
                return True
    return False


def trailing_continue(body):
    last = body[-1] if body else None
    if isinstance(last, ast.Continue):
        return last
    if isinstance(last, ast.If) and len(last.body) == 1 and isinstance(last.body[0], ast.Continue):
        return last
    return None


def no_effects(fn):
    out = []
    for n in ast.walk(fn):
        if isinstance(n, ast.For) and is_range_empty(n.iter):
            out.append(f"empty range (line {n.lineno})")
        if isinstance(n, (ast.For, ast.While)):
            if not has_effect(n.body):
                out.append(f"loop without effect (line {n.lineno})")
            t = trailing_continue(n.body)
            if t is not None:
                out.append(f"trailing continue (line {t.lineno})")
    return out


def literal_conds(fn):
    out = []
    for n in ast.walk(fn):
        if isinstance(n, ast.IfExp) and isinstance(n.body, ast.Constant) and isinstance(n.orelse, ast.Constant) \
                and isinstance(n.body.value, bool):
            out.append(n)
        elif isinstance(n, (ast.If, ast.While, ast.IfExp)) and isinstance(n.test, ast.Constant):
            out.append(n)
    return out


def tid_names(fn):
    names = set()
    for n in ast.walk(fn):
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call) and call_name(n.value) == "tid":
            for t in n.targets:
                names |= names_in(t)
    return names


# ----------------------------------------------------------------------------------------------------

def analyse(python):
    """Findings for one record's Python: a dict metric -> list of findings, plus subscript counts."""
    tree = ast.parse(python)
    found = {m: [] for m in METRICS}
    n_sub = n_guarded = 0
    for fn in (n for n in tree.body if isinstance(n, ast.FunctionDef) and is_decorated(n)):
        arrays = array_params(fn)
        dead, unread = dead_stores(fn, arrays)
        found["dead-store"] += [f"{fn.name}: {n} (line {line})" for n, line in dead]
        found["unread-local"] += [f"{fn.name}: {n}" for n in sorted(unread)]
        found["double-store"] += [f"{fn.name}: {a}{i} (lines {l1}, {l2})" for a, i, l1, l2 in double_stores(fn, arrays)]
        found["loop-rewrite"] += [f"{fn.name}: {a}{i} (line {l})" for a, i, l in loop_rewrites(fn, arrays)]
        found["no-effect"] += [f"{fn.name}: {w}" for w in no_effects(fn)]
        found["const-expr"] += [f"{fn.name}: {ast.unparse(e)} (line {e.lineno})" for e in const_exprs(fn)]
        found["nested-ternary"] += [f"{fn.name}: {ast.unparse(e)[:80]} (line {e.lineno})" for e in ast.walk(fn)
                                    if isinstance(e, ast.IfExp) and any(isinstance(c, ast.IfExp) for c in ast.walk(e)
                                                                        if c is not e)]
        found["literal-cond"] += [f"{fn.name}: {ast.unparse(e)} (line {e.lineno})" for e in literal_conds(fn)]
        subs = subscripts(fn, arrays, tid_names(fn))
        found["const-index"] += [f"{fn.name}: {ast.unparse(s)} (line {s.lineno})" for s, _, c in subs if c]
        n_sub += len(subs)
        n_guarded += sum(1 for _, g, _ in subs if g)
    return found, n_sub, n_guarded


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=pathlib.Path)
    ap.add_argument("--limit", type=int, default=0, help="analyse only the first N records (0: all)")
    ap.add_argument("--json", help="write the numbers and per-kernel findings as JSON to FILE ('-': stdout)")
    args = ap.parse_args()

    groups = defaultdict(lambda: {"kernels": 0, "subscripts": 0, "guarded": 0, **{m: 0 for m in METRICS}})
    kernels, unparsed = [], 0
    for rec in records(args.dir, args.limit):
        try:
            found, n_sub, n_guarded = analyse(rec["python"])
        except SyntaxError:
            unparsed += 1
            continue
        for g in ("all", rec.get("preset", "?")):
            row = groups[g]
            row["kernels"] += 1
            row["subscripts"] += n_sub
            row["guarded"] += n_guarded
            for m in METRICS:
                row[m] += bool(found[m])
        kernels.append({"index": rec.get("index"), "preset": rec.get("preset"), "kernel_name": rec.get("kernel_name"),
                        **{m: found[m] for m in METRICS if found[m]}})
    if not kernels:
        print("no records", file=sys.stderr)
        return 2

    def pct(a, b):
        return round(100.0 * a / b, 1) if b else 0.0

    table = {}
    for g, row in groups.items():
        table[g] = {"kernels": row["kernels"], **{m: pct(row[m], row["kernels"]) for m in METRICS},
                    "guarded": pct(row["guarded"], row["subscripts"]), "subscripts": row["subscripts"]}
    order = ["all"] + sorted(g for g in table if g != "all")
    cols = ("kernels",) + METRICS + ("guarded", "subscripts")
    head = f"{'preset':<18}" + "".join(f"{c:>15}" for c in cols)
    out = sys.stderr if args.json == "-" else sys.stdout
    print("percent of kernels (guarded: percent of array subscripts)", file=out)
    print(head, file=out)
    for g in order:
        r = table[g]
        print(f"{g:<18}" + "".join(f"{r[c]:>15}" if isinstance(r[c], int) else f"{r[c]:>14.1f}%" for c in cols), file=out)
    if unparsed:
        print(f"unparsed: {unparsed} records skipped", file=out)
    if args.json:
        doc = json.dumps({"table": table, "unparsed": unparsed, "kernels": kernels}, indent=1)
        if args.json == "-":
            print(doc)
        else:
            pathlib.Path(args.json).write_text(doc + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
