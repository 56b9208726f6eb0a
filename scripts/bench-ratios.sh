#!/usr/bin/env bash
# Issue 15's "one run" table: for KERAS_3layer, KERAS_conv2d_model and three_layer_keras.onnx, measured in one go,
#   - the in-process emulator figure (`hls4net bench --samples 10000 --repeat 15 --json`: one thread, median of 15 timed runs),
#   - the CLI figure: `hls4net emulate --input x.csv -o y.csv` on 10,000 seeded N(0,1) rows as a fresh process,
#     start-up, CSV reading and writing included (median wall and CPU time of 5 runs; default --threads = every core),
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
echo "| model | hls4ml predict | \`hls4net bench\`, in process, 1 thread: wall (median) | ratio | same, per CPU-second | ratio | \`hls4net emulate\`, CLI, 10,000 rows, start-up included: wall (median of 5) | ratio | same, per CPU-second (user + sys) | ratio | in process / CLI, per CPU-second |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for case in "${cases[@]}"; do
    IFS='|' read -r name args width hls4ml <<<"$case"
    # shellcheck disable=SC2086 # $args holds the model path and its options
    bench="$("$tool" bench $args --samples 10000 --repeat 15 --json -q | python3 -c 'import json,sys; e = json.load(sys.stdin)["emulator"]; print(e["samplesPerSecondMedian"], e["samplesPerCpuSecondMedian"])')"
    echo "$name|$args|$width|$bench" >>"$work/bench-figures"
    python3 "$root/scripts/seeded_rows.py" "$width" 10000 >"$work/x.csv"
    walls=()
    cpus=()
    for _ in 1 2 3 4 5; do
        # wall, user + sys CPU and peak RSS of the child from wait4 (microsecond resolution; /usr/bin/time rounds to 10 ms)
        # shellcheck disable=SC2086
        read -r wall cpu rss < <(python3 - "$tool" emulate $args --input "$work/x.csv" -o "$work/y.csv" -q <<'PY'
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
wall = time.perf_counter() - start
if os.waitstatus_to_exitcode(status) != 0: sys.exit(f"error: {sys.argv[1:3]} exited with {os.waitstatus_to_exitcode(status)}")
print(f"{wall:.4f} {usage.ru_utime + usage.ru_stime:.4f} {usage.ru_maxrss}")
PY
)
        walls+=("$wall")
        cpus+=("$cpu")
        echo "  $name emulate: wall, user + sys (s), peak RSS (KB): $wall $cpu $rss" >&2
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
      f"| {k(cli)} ({wall:.3f} s) | {cli / hls4ml:.1f}x | {k(cli_cpu)} ({cpu:.3f} s) | {cli_cpu / hls4ml:.1f}x | {bench_cpu / cli_cpu:.1f}x |")
PY
done

# Second table: where the CLI's time goes as the row count grows. The process's fixed cost (--version: runtime start
# and exit; emulate on 1 row: plus the model import, passes and first calls) against 10,000 and 100,000 rows, and the
# CLI's cost per row beyond the 1-row run against the in-process cost per row.
echo >&2
echo "| model | \`--version\`, CPU (s) | \`emulate\`, 1 row, CPU (s) | 10,000 rows, CPU (s) | 100,000 rows, CPU (s) | CLI per row beyond the 1-row run (µs) | in process per row (µs) | CLI / in process, 10,000 rows | same, 100,000 rows |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
python3 - "$tool" "$work" "$root/scripts" <<'PY'
import os, statistics, subprocess, sys
tool, work = sys.argv[1], sys.argv[2]
sys.path.insert(0, sys.argv[3])
import seeded_rows

def cpu(args):
    """Median user + system CPU seconds of 5 runs of the tool as a fresh process (wait4, microsecond resolution)."""
    runs = []
    for _ in range(5):
        child = subprocess.Popen([tool, *args], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0: sys.exit(f"error: {args[:2]} exited with {os.waitstatus_to_exitcode(status)}")
        runs.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(runs)

version = cpu(["--version"])
for line in open(os.path.join(work, "bench-figures")):
    name, args, width, bench = line.rstrip("\n").split("|")
    per_cpu_second = float(bench.split()[1])
    path = os.path.join(work, "big.csv")
    with open(path, "w") as f:
        for line in seeded_rows.lines(int(width), 100000):
            f.write(line + "\n")
    with open(path) as f, open(os.path.join(work, "one.csv"), "w") as one, open(os.path.join(work, "ten.csv"), "w") as ten:
        for i, text in enumerate(f):
            if i == 0: one.write(text)
            if i < 10000: ten.write(text)
            else: break
    out = os.path.join(work, "out.csv")
    base = args.split() + ["-o", out, "-q", "--input"]
    one_row = cpu(["emulate", *base, os.path.join(work, "one.csv")])
    ten_k = cpu(["emulate", *base, os.path.join(work, "ten.csv")])
    hundred_k = cpu(["emulate", *base, path])
    inproc = 1e6 / per_cpu_second
    beyond = (hundred_k - one_row) / 99999 * 1e6
    print(f"| {name} | {version:.4f} | {one_row:.4f} | {ten_k:.4f} | {hundred_k:.3f} | {beyond:.2f} | {inproc:.2f} "
          f"| {ten_k / (10000 / per_cpu_second):.1f}x | {hundred_k / (100000 / per_cpu_second):.1f}x |")
PY
