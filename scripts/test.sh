#!/usr/bin/env bash
# Runs every Hls4Net test after installing what the tests need.
# Ends with one line "N passed, M failed, K skipped" and exits non-zero on any failure.
# --fast leaves out the slow lane (tests marked [Trait("Lane", "Slow")]: the Xilinx-header repeats of the
# conformance runs, the second precision of every torch fixture, the longest property sweeps and the big-network
# C simulations); the plain command (README, CI) runs everything. Other arguments go to every `dotnet test`.
# The solution is built once; then the test assemblies run side by side ($HLS4NET_TEST_JOBS at once, default 2),
# longest first, each writing its own log and trx file (they share only the content-hashed g++ build cache and the
# ONNX Runtime cache, both safe for concurrent processes).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
args=()
for a in "$@"; do
  if [ "$a" = "--fast" ]; then args+=(--filter "Lane!=Slow"); else args+=("$a"); fi
done
bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results/logs"
start=$(date +%s)

if ! dotnet build Hls4Net.sln -c Release -v q -nologo; then
  echo "build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
echo "built in $(( $(date +%s) - start )) s; running the test assemblies"

# Longest first, so the short ones fill in beside them.
order=(Conformance Backends.Vitis Cli Core Compiler Estimation Emulation Frontends Lowering Reference Backends.Cpp)
projects=()
for name in "${order[@]}"; do
  p="tests/Hls4Net.$name.Tests/Hls4Net.$name.Tests.csproj"
  [ -f "$p" ] && projects+=("$p")
done
for p in tests/*/*.Tests.csproj; do
  case " ${projects[*]} " in *" $p "*) ;; *) projects+=("$p") ;; esac
done

jobs_max="${HLS4NET_TEST_JOBS:-2}"
declare -A pid_of=()
status=0

finish() { # $1 = project name, $2 = exit code
  local log="$results/logs/$1.log"
  local summary
  summary=$(grep -E '^(Passed!|Failed!|Skipped!)' "$log" | tail -n 1)
  echo "[$(( $(date +%s) - start )) s] $1: ${summary:-exit $2}"
  if [ "$2" -ne 0 ]; then
    status=1
    echo "---- $1 (exit $2): failing tests and errors ----"
    grep -E -A 12 '^\s*(Failed |error )|^\s*Error Message:' "$log" | head -n 200
    grep -q -E '^(Passed!|Failed!)' "$log" || tail -n 40 "$log"
    echo "---- full log: $log ----"
  fi
}

run_one() { # $1 = project path
  local name
  name=$(basename "$1" .csproj)
  dotnet test "$1" -c Release --no-build -nologo --logger "trx;LogFilePrefix=$name" --results-directory "$results" \
    ${args[@]+"${args[@]}"} >"$results/logs/$name.log" 2>&1 &
  pid_of[$!]=$name
}

for p in "${projects[@]}"; do
  while [ "${#pid_of[@]}" -ge "$jobs_max" ]; do
    wait -n -p done_pid; rc=$?
    finish "${pid_of[$done_pid]}" "$rc"; unset "pid_of[$done_pid]"
  done
  run_one "$p"
done
while [ "${#pid_of[@]}" -gt 0 ]; do
  wait -n -p done_pid; rc=$?
  finish "${pid_of[$done_pid]}" "$rc"; unset "pid_of[$done_pid]"
done
echo "tests finished in $(( $(date +%s) - start )) s (build included)"

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ "$files" -lt "${#projects[@]}" ] && [ "$failed" -eq 0 ]; then failed=1; fi # a test host wrote no results
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi                # crashed test host
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi               # ran nothing: count as failure
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
