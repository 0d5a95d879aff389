#!/usr/bin/env bash
# `generate` throughput for one process and for K MPI ranks on the same kernels, run back to back (this
# machine's speed drifts), and a check that every run wrote the same records per split.
#   scripts/mpi_bench.sh [--count N] [--seed S] [--rounds R] [K ...]     (defaults: 50000, 4242, 1, K = 2)
# Extra generate flags go in GENERATE_FLAGS, e.g. GENERATE_FLAGS="--ir none"; WARPSYNTH names another
# binary than build/warpsynth. Prints, per run, the
# pairs/s generate reports (its own run, without mpirun's start-up), the wall time of the whole command,
# CPU seconds, and for MPI runs the dedup exchange's bytes per drawn kernel.
set -euo pipefail
cd "$(dirname "$0")/.."
count=50000 seed=4242 rounds=1 ranks=()
while (($#)); do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    [0-9]*) ranks+=("$1"); shift ;;
    *) echo "mpi_bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
((${#ranks[@]})) || ranks=(2)
ws=${WARPSYNTH:-build/warpsynth}
[[ -x $ws ]] || { echo "mpi_bench: build first ($ws is missing)" >&2; exit 2; }
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
records() { for s in train validation test; do ls "$1"/data/$s-*.jsonl.zst 2>/dev/null | sort | xargs -r zstd -qdc | sha256sum; done; }
run() {  # NAME COMMAND...
  local name=$1 out="$tmp/$1"
  shift
  /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" generate --count "$count" --seed "$seed" --quiet --force \
    ${GENERATE_FLAGS:-} --out "$out" >"$tmp/log"
  read -r wall user sys <"$tmp/time"
  local rate bytes
  rate=$(sed -n 's/.*s, \([0-9]*\) pairs\/s).*/\1/p' "$tmp/log")
  bytes=$(sed -n 's/.*(\([0-9.]*\) per drawn kernel).*/\1/p' "$tmp/log")
  local same="-"
  [[ $name == one ]] && records "$out" >"$tmp/expected" || { cmp -s <(records "$out") "$tmp/expected" && same=yes || same=NO; }
  printf "%-10s %10s %9s %9s %12s %14s\n" "$name" "$rate" "$wall" "$(awk "BEGIN{print $user + $sys}")" "${bytes:--}" "$same"
  rm -rf "$out"
}
printf "%-10s %10s %9s %9s %12s %14s\n" run pairs/s wall_s cpu_s bytes/kernel same_records
for ((r = 0; r < rounds; r++)); do
  run one $ws
  for k in "${ranks[@]}"; do run "np$k" mpirun --oversubscribe -np "$k" $ws; done
done
