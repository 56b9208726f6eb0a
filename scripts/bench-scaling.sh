#!/usr/bin/env bash
# Issue 15 goal 4, the scaling table: dense 16xWxWxWxWxWx5 (five hidden ReLU layers of W, softmax) at W = 100, 200, 500,
# written by tools/BenchModelMaker (Keras JSON + H5, seeded weights). For each model, as fresh processes:
#   convert (Vitis project written, weights as headers and text files), emulate (10,000 seeded N(0,1) rows of 16 values,
#   CSV in and out) and estimate; wall time, CPU time (user + system) and peak RSS from /usr/bin/time (MiB), and each
#   peak RSS as a multiple of the float32 weight bytes (issue 15 asks for < 10x). The runtime alone (hls4net --version)
#   is measured too, as the floor under every figure.
# Prints a Markdown table (docs/benchmarks.md, "Scaling").
#
# Usage: scripts/bench-scaling.sh [hls4net executable] [--threads N for emulate]
#        (default: dist/hls4net/hls4net, published by scripts/publish.sh when missing; emulate uses every core)
#        HLS4NET_BENCH_MODELS=folder: use the models BenchModelMaker wrote there instead of writing them again
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tool="${1:-$root/dist/hls4net/hls4net}"
threads="${2:-}"
if [[ ! -x "$tool" ]]; then
    if [[ $# -gt 0 ]]; then echo "error: not an executable: $tool" >&2; exit 2; fi
    bash "$root/scripts/publish.sh" >&2
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/bench-scaling-XXXXXX")"
trap 'rm -rf "$work"' EXIT
models="${HLS4NET_BENCH_MODELS:-}" # a folder BenchModelMaker already wrote, else written now
if [[ -z "$models" ]]; then
    models="$work/models"
    dotnet run -c Release --project "$root/tools/BenchModelMaker" -- "$models" >&2
fi
python3 "$root/scripts/seeded_rows.py" 16 10000 >"$work/x.csv"

# Runs "$@" under /usr/bin/time and prints "wall cpu rss_mb". Exit codes above 2 are verdicts (estimate exits 7 when
# the design is over the part's budget), not failures.
measure() {
    local code=0
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null || code=$?
    if [[ $code -eq 1 || $code -eq 2 ]]; then echo "error: exit $code from: $*" >&2; exit 1; fi
    read -r wall user sys rss < <(tail -n 1 "$work/time")
    python3 -c "print(f'{$wall:.2f} {$user + $sys:.2f} {$rss / 1024:.0f}')"
}

echo "tool: $tool; $(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')" >&2
floor=$(measure "$tool" --version)
echo "runtime alone (hls4net --version): wall / CPU s / peak RSS MiB = ${floor// / \/ }" >&2
echo "| model | parameters | float32 weight bytes | convert: wall / CPU s / peak RSS MiB | emulate 10k: wall / CPU s / peak RSS MiB | estimate: wall / CPU s / peak RSS MiB | peak RSS ÷ weight bytes: convert / emulate / estimate |"
echo "|---|---:|---:|---|---|---|---|"
for w in 100 200 500; do
    stem="dense_16x${w}x${w}x${w}x${w}x${w}x5"
    model=("$models/$stem.json" --weights "$models/${stem}_weights.h5")
    params=$(( 16 * w + w + 4 * (w * w + w) + w * 5 + 5 ))
    convert=$(measure "$tool" convert "${model[@]}" -o "$work/prj-$w" --force -q)
    emulate=$(measure "$tool" emulate "${model[@]}" --input "$work/x.csv" -o "$work/y-$w.csv" -q ${threads:+--threads "$threads"})
    estimate=$(measure "$tool" estimate "${model[@]}" -q)
    fmt() { read -r a b c <<<"$1"; echo "$a / $b / $c"; }
    ratio() { python3 -c "print(f'{${1##* } * 1048576 / ($params * 4):.0f}x')"; }
    echo "| $stem | $(printf "%'d" "$params") | $(printf "%'d" $(( 4 * params ))) | $(fmt "$convert") | $(fmt "$emulate") | $(fmt "$estimate") | $(ratio "$convert") / $(ratio "$emulate") / $(ratio "$estimate") |"
    echo "  $stem done" >&2
done
