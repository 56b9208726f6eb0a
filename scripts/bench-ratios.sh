#!/usr/bin/env bash
# Issue 15's "one run" table: for KERAS_3layer, KERAS_conv2d_model and three_layer_keras.onnx, measured in one go,
#   - the in-process emulator figure (`hls4net bench --samples 10000 --json`: one thread, median of 5 timed runs),
#   - the CLI figure: `hls4net emulate --input x.csv -o y.csv` on 10,000 seeded N(0,1) rows as a fresh process,
#     start-up, CSV reading and writing included (median wall time of 3 runs; default --threads = every core),
# and both as ratios against hls4ml's recorded predict() figures on this machine (issue 15: 12.3k, 16.4k, 11.9k
# samples/s). Prints a Markdown table (docs/benchmarks.md, "One run").
#
# Usage: scripts/bench-ratios.sh [hls4net executable]   (default: dist/hls4net/hls4net, published by scripts/publish.sh
#        when missing). Models come from $HLS4NET_SHARED_DIR (default: ../shared next to the repository, else /work/shared).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tool="${1:-$root/dist/hls4net/hls4net}"
if [[ ! -x "$tool" ]]; then
    if [[ $# -gt 0 ]]; then echo "error: not an executable: $tool" >&2; exit 2; fi
    bash "$root/scripts/publish.sh" >&2
fi
shared="${HLS4NET_SHARED_DIR:-}"
if [[ -z "$shared" ]]; then
    if [[ -d "$root/../shared/models" ]]; then shared="$root/../shared"; else shared=/work/shared; fi
fi
models="$shared/models"
work="$(mktemp -d "${TMPDIR:-/tmp}/bench-ratios-XXXXXX")"
trap 'rm -rf "$work"' EXIT

# name | model arguments | input width | hls4ml predict, samples/s
cases=(
    "KERAS_3layer|$models/keras/KERAS_3layer.json --weights $models/keras/KERAS_3layer_weights.h5|16|12300"
    "KERAS_conv2d_model|$models/keras/KERAS_conv2d_model.json --weights $models/keras/KERAS_conv2d_model_weights.h5|64|16400"
    "three_layer_keras.onnx|$models/onnx/three_layer_keras.onnx|16|11900"
)

echo "tool: $tool; $(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')" >&2
echo "| model | hls4ml predict | \`hls4net bench\`, in process, 1 thread: wall (median) | ratio | same, per CPU-second | ratio | \`hls4net emulate\`, CLI, 10,000 rows, start-up included: wall (median of 3) | ratio | same, per CPU-second (user + sys) | ratio | in process / CLI, per CPU-second |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for case in "${cases[@]}"; do
    IFS='|' read -r name args width hls4ml <<<"$case"
    # shellcheck disable=SC2086 # $args holds the model path and its options
    bench="$("$tool" bench $args --samples 10000 --json -q | python3 -c 'import json,sys; e = json.load(sys.stdin)["emulator"]; print(e["samplesPerSecondMedian"], e["samplesPerCpuSecondMedian"])')"
    python3 - "$width" >"$work/x.csv" <<'PY'
import random, sys
rng = random.Random(0)
width = int(sys.argv[1])
for _ in range(10000):
    print(",".join(repr(rng.gauss(0.0, 1.0)) for _ in range(width)))
PY
    walls=()
    cpus=()
    for _ in 1 2 3; do
        # shellcheck disable=SC2086
        /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$tool" emulate $args --input "$work/x.csv" -o "$work/y.csv" -q
        walls+=("$(cut -d' ' -f1 "$work/time")")
        cpus+=("$(awk '{ print $2 + $3 }' "$work/time")")
        echo "  $name emulate: wall, user, sys (s), peak RSS (KB): $(cat "$work/time")" >&2
    done
    [[ "$(wc -l <"$work/y.csv")" -ge 10000 ]] || { echo "error: $name: emulate wrote $(wc -l <"$work/y.csv") lines" >&2; exit 1; }
    python3 - "$name" "$hls4ml" $bench "${walls[*]}" "${cpus[*]}" <<'PY'
import statistics, sys
name, hls4ml, bench, bench_cpu = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
wall = statistics.median(float(w) for w in sys.argv[5].split())
cpu = statistics.median(float(c) for c in sys.argv[6].split())
cli, cli_cpu = 10000 / wall, 10000 / cpu
k = lambda v: f"{v / 1000:,.1f}k"
print(f"| {name} | {k(hls4ml)} | {k(bench)} | {bench / hls4ml:.1f}x | {k(bench_cpu)} | {bench_cpu / hls4ml:.1f}x "
      f"| {k(cli)} ({wall:.2f} s) | {cli / hls4ml:.1f}x | {k(cli_cpu)} ({cpu:.2f} s) | {cli_cpu / hls4ml:.1f}x | {bench_cpu / cli_cpu:.1f}x |")
PY
done
