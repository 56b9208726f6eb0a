#!/usr/bin/env bash
# Runs every Hls4Net test after installing what the tests need.
# Ends with one line "N passed, M failed, K skipped" and exits non-zero on any failure.
# --fast leaves out the slow lane (tests marked [Trait("Lane", "Slow")]: the longest property sweeps and the
# big-network C simulations); the plain command (README, CI) runs everything. Other arguments go to dotnet test.
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
mkdir -p "$results"
dotnet test Hls4Net.sln -c Release --logger "trx" --results-directory "$results" ${args[@]+"${args[@]}"}
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # build error or crashed test host
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # ran nothing: count as failure
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
