#!/usr/bin/env bash
# Compares the native backend with real Warp on real-world Warp files (by default every .py under the
# installed warp/examples), one `warpsynth diff FILE` per file, and prints one row per file:
#   identical | declined <LINE:COL: reason> | both-failed | warp-import-failed <error> |
#   MISMATCH <first line of the report>
# then the totals and the decline reasons by frequency. Exits 1 if any file mismatched.
# warp-import-failed: Warp's side could not even load the file here (an optional module such as torch
# or pxr is not installed), so there is nothing to compare; it is not counted as a mismatch.
#
#   scripts/realworld_diff.sh                      # warp/examples/**/*.py
#   scripts/realworld_diff.sh DIR_OR_FILE...       # other files (e.g. .venv/.../warp/_src/fem)
#   WARPSYNTH=/path/to/warpsynth scripts/realworld_diff.sh   # another build
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${WARPSYNTH:-$root/build/warpsynth}"
if [ $# -eq 0 ]; then
  set -- "$root"/.venv/lib/python3.*/site-packages/warp/examples
fi
mapfile -t files < <(for a in "$@"; do
  if [ -d "$a" ]; then find "$a" -name '*.py' | sort; else echo "$a"; fi
done)

identical=0 declined=0 mismatched=0 both=0 import_failed=0
reasons=()
for f in "${files[@]}"; do
  out="$("$bin" diff "$f" --jobs 1 --show 1 --show-declines 1 2>&1)"
  name="${f#"$root"/}"
  if grep -q '^1 compared, 1 identical' <<<"$out"; then
    status="identical"
    identical=$((identical + 1))
  elif grep -q '^DECLINED ' <<<"$out"; then
    reason="$(grep -m1 '^DECLINED ' <<<"$out" | sed 's/^DECLINED //')"
    status="declined  ${reason#"$f":}"
    reasons+=("$(sed 's/^[0-9]*:[0-9]*: unsupported: //' <<<"${reason#"$f":}")")
    declined=$((declined + 1))
  elif grep -q 'rejected by both backends' <<<"$out"; then
    status="both-failed"
    both=$((both + 1))
  elif grep -q '^ENVIRONMENT ' <<<"$out"; then
    status="warp-import-failed  $(grep -m1 -o '\(ModuleNotFoundError\|ImportError\):.*' <<<"$out")"
    import_failed=$((import_failed + 1))
  else
    status="MISMATCH  $(grep -m1 -A1 '^MISMATCH ' <<<"$out" | tail -n1)"
    mismatched=$((mismatched + 1))
  fi
  printf '%-80s %s\n' "$name" "$status"
done
printf '\n%d files: %d identical, %d declined, %d rejected by both, %d warp-import-failed, %d MISMATCH\n' \
  "${#files[@]}" "$identical" "$declined" "$both" "$import_failed" "$mismatched"
if [ ${#reasons[@]} -gt 0 ]; then
  printf '\ndecline reasons:\n'
  printf '%s\n' "${reasons[@]}" | sort | uniq -c | sort -rn
fi
[ "$mismatched" -eq 0 ]
