#!/usr/bin/env bash
# `extract` under mpirun against one process (label `mpi`): with 2 and 3 ranks sharing out the files,
# stdout (every record, in argument order) is byte-identical and the exit status is the same (1: one
# of the files is invalid and must be reported); `extract --out` is refused under mpirun.
#   extract_mpi_test.sh WARPSYNTH TESTS_DIR
set -euo pipefail
ws=$1
files=("$2"/native_cases/*.py)
files=("${files[@]:0:16}" "$2/native_cases/invalid_func_arg_type.py")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
set +e
"$ws" extract --backend native "${files[@]}" >"$tmp/one.out" 2>"$tmp/one.err"
one=$?
set -e
((one == 1)) || { echo "FAIL: one process exited $one, expected 1 for the invalid file"; exit 1; }
records=$(wc -l <"$tmp/one.out")
((records >= 16)) || { echo "FAIL: only $records records from ${#files[@]} files"; exit 1; }
for np in 2 3; do
  set +e
  mpirun --oversubscribe -np $np "$ws" extract --backend native "${files[@]}" >"$tmp/np$np.out" 2>"$tmp/np$np.err"
  rc=$?
  set -e
  ((rc == 1)) || { echo "FAIL -np $np: exit status $rc, expected 1"; cat "$tmp/np$np.err"; exit 1; }
  cmp "$tmp/one.out" "$tmp/np$np.out" || { echo "FAIL -np $np: records differ from one process"; exit 1; }
  grep -q "invalid_func_arg_type.py:" "$tmp/np$np.err" || { echo "FAIL -np $np: the invalid file was not reported"; exit 1; }
  echo "ok extract -np $np: the same $records records as one process, in argument order"
done
# --out writes its dataset from one process: under mpirun it is refused with a message, writing nothing.
set +e
mpirun --oversubscribe -np 2 "$ws" extract --backend native --out "$tmp/ds" "${files[@]}" >"$tmp/out.out" 2>"$tmp/out.err"
rc=$?
set -e
((rc != 0)) || { echo "FAIL: extract --out under mpirun exited 0"; exit 1; }
grep -q "run it without mpirun" "$tmp/out.err" || { echo "FAIL: no message for extract --out under mpirun"; cat "$tmp/out.err"; exit 1; }
[ ! -e "$tmp/ds" ] || { echo "FAIL: extract --out under mpirun wrote $tmp/ds"; exit 1; }
echo "ok extract --out under mpirun: refused"
