#!/usr/bin/env bash
# `generate` under mpirun against one process (label `mpi`): for 1, 2 and 3 ranks, every split holds
# the same records in the same order (shards read in name order, as `datasets` and
# scripts/read_dataset.py read them) and manifest.json has the same counts; then a 2-rank job whose
# rank 1 is killed with SIGKILL, resumed with --resume, ends with the same records too.
#   generate_mpi_test.sh WARPSYNTH
set -euo pipefail
ws=$1
seed=${WS_TEST_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
echo "[ws] test seed $seed"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Test machines and containers often run as root, which mpirun refuses unless told.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
mpi=(mpirun --oversubscribe)

# The records of one split, in reading order, and the counts.
split_records() { ls "$1"/data/"$2"-*.jsonl.zst 2>/dev/null | sort | xargs -r zstd -qdc; }
same_dataset() {  # EXPECTED ACTUAL WHAT
  for split in train validation test; do
    if ! cmp -s <(split_records "$1" $split) <(split_records "$2" $split); then
      echo "FAIL $3: split $split differs from one process"; exit 1
    fi
  done
  if [[ "$(jq -c .counts "$1/manifest.json")" != "$(jq -c .counts "$2/manifest.json")" ]]; then
    echo "FAIL $3: manifest counts differ"; diff <(jq .counts "$1/manifest.json") <(jq .counts "$2/manifest.json"); exit 1
  fi
  [[ -z "$(ls -A "$2/.warpsynth" 2>/dev/null)" ]] || { echo "FAIL $3: resume state left behind"; exit 1; }
  echo "ok $3: $(split_records "$2" train | wc -l) train, $(split_records "$2" validation | wc -l) validation, $(split_records "$2" test | wc -l) test records as one process"
}

# Python only, many windows (one of 3 x 128 indices), counts that leave some ranks' parts empty.
for count in 7 2000; do
  "$ws" generate --count $count --seed "$seed" --ir none --quiet --out "$tmp/one-$count" >/dev/null
  for np in 1 2 3; do
    "${mpi[@]}" -np $np "$ws" generate --count $count --seed "$seed" --ir none --quiet --rank-window 128 \
      --out "$tmp/np$np-$count" >/dev/null
    same_dataset "$tmp/one-$count" "$tmp/np$np-$count" "--ir none --count $count -np $np"
  done
done

# With the C++/CUDA, and shards committed inside windows (--shard-mb 1).
"$ws" generate --count 600 --seed "$seed" --quiet --jobs 2 --out "$tmp/one-ir" >/dev/null
"${mpi[@]}" -np 2 "$ws" generate --count 600 --seed "$seed" --quiet --shard-mb 1 --rank-window 160 \
  --out "$tmp/np2-ir" >/dev/null
same_dataset "$tmp/one-ir" "$tmp/np2-ir" "--ir full --count 600 -np 2"

# SIGKILL in rank 1 once a few windows are committed, then --resume with the same rank count.
count=40000
args=(generate --count $count --seed "$seed" --ir none --quiet --rank-window 64 --out "$tmp/killed")
"$ws" generate --count $count --seed "$seed" --ir none --quiet --out "$tmp/one-kill" >/dev/null
"${mpi[@]}" -np 2 "$ws" "${args[@]}" >"$tmp/killed.log" 2>&1 &
launcher=$!
windows=0
for _ in $(seq 1 600); do
  windows=$(jq -r '.counters.windows // 0' "$tmp/killed/.warpsynth/checkpoint.json" 2>/dev/null || echo 0)
  ((windows >= 5)) && break
  sleep 0.05
done
ranks=($(pgrep -P $launcher -f warpsynth || true))
if ((windows < 5 || ${#ranks[@]} != 2)); then
  echo "FAIL: the job did not reach 5 windows with 2 ranks running (windows $windows, ranks ${ranks[*]:-none})"
  kill $launcher 2>/dev/null || true; cat "$tmp/killed.log"; exit 1
fi
kill -9 "${ranks[1]}"
if wait $launcher; then echo "FAIL: the job survived the SIGKILL of a rank"; exit 1; fi
echo "killed one rank after $windows windows; the job stopped"
if "$ws" "${args[@]}" --resume >"$tmp/single-resume.log" 2>&1; then
  echo "FAIL: one process resumed a 2-rank job"; exit 1
fi
"${mpi[@]}" -np 2 "$ws" "${args[@]}" --resume >/dev/null
same_dataset "$tmp/one-kill" "$tmp/killed" "SIGKILL in rank 1, then --resume -np 2"
