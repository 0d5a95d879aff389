#!/bin/sh
# Writes what real Warp (the version in WARP_VERSION) generates for the hand-written native backend cases,
# so that the unit tests can compare the native backend with it without Python:
#
#   tests/native_cases/expected/<case>.cpp, <case>.cu   the whole module per device, exactly as
#                                                         ModuleBuilder.codegen(device) returns it
#   tests/native_cases/expected/<case>.rejected          Warp's diagnostic, for a case Warp rejects
#
# Every case is compiled under the virtual path warpsynth/<case>.py, as the unit test compiles it natively.
# decline_*.py cases get nothing: the native backend must decline them, at the position their
# `# expect:` comment gives. The files come from `warpsynth extract --backend warp` (the reference worker
# pool: each case sees a fresh Warp process); the native backend plays no part.
#
# usage: scripts/refresh_expected.sh [DIR]   (default tests/native_cases/expected; run it when the Warp
#        pin moves). WARPSYNTH names the CLI (default build/warpsynth). The reference test
#        expected_outputs runs this into a temporary directory and fails on any difference.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:-$root/tests/native_cases/expected}" && cd "${1:-$root/tests/native_cases/expected}" && pwd)
warpsynth=$(realpath "${WARPSYNTH:-$root/build/warpsynth}")
python=${WARPSYNTH_PYTHON:-$root/.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Relative paths under a directory named warpsynth: extract compiles each file under the path it is given.
ln -s "$root/tests/native_cases" "$work/warpsynth"
cd "$work"
cases=$(find warpsynth/ -maxdepth 1 -name '*.py' ! -name 'decline_*' | sort)
# A rejected case makes extract exit 1 after printing its diagnostic; the script below checks that every
# case got either records or a diagnostic, so any other failure still stops the refresh.
# shellcheck disable=SC2086
"$warpsynth" extract --backend warp --full-module --jobs 2 $cases >records.jsonl 2>errors.txt || true

mkdir new
# shellcheck disable=SC2086
"$python" - new $cases <<'EOF'
import json, os, sys

out, cases = sys.argv[1], sys.argv[2:]
modules = {}
for line in open("records.jsonl", encoding="utf-8"):
    r = json.loads(line)
    # one record per kernel; the records of one file hold the same modules
    modules.setdefault(r["path"], {"cpp": r["cpu"]["module"], "cu": r["cuda"]["module"]})
# A diagnostic starts with its file's path; a line that does not continues the previous one.
rejected, current = {}, None
for line in open("errors.txt", encoding="utf-8"):
    path = next((c for c in cases if line.startswith(c + ":")), None)
    if path:
        current = path
        rejected[path] = ""
    if current is None:
        sys.exit("unexpected output from warpsynth extract:\n" + open("errors.txt", encoding="utf-8").read())
    rejected[current] += line
for path in cases:
    name = os.path.basename(path)[: -len(".py")]
    if path in modules:
        files = modules[path]
    elif path in rejected:
        files = {"rejected": rejected[path]}
    else:
        sys.exit(f"no output for {path}:\n" + open("errors.txt", encoding="utf-8").read())
    for ext, text in files.items():
        with open(os.path.join(out, f"{name}.{ext}"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
EOF

rm -f "$out"/*.cpp "$out"/*.cu "$out"/*.rejected
cp new/* "$out"/
echo "refresh_expected: $(find new -type f | wc -l) files in $out"
