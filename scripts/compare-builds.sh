#!/usr/bin/env bash
# Runs the same commands with two hls4net builds and compares their outputs byte for byte (cmp / diff -r): emulate
# (CSV of 10,000 seeded rows, and --json), convert (the whole Vitis project), estimate/inspect/verify --json, and
# error lines with their exit codes, on KERAS_3layer, KERAS_conv2d_model and three_layer_keras.onnx; a small sweep and
# NAS run (their folders and --json). Used to check the
# Native AOT build against the ReadyToRun (JIT) build (docs/benchmarks.md, "Start-up and JIT").
#
# Usage: scripts/compare-builds.sh <hls4net A> <hls4net B>. Models come from $HLS4NET_SHARED_DIR (default: ../shared
# next to the repository, else /work/shared). Prints one line per check and exits 1 if any differs.
set -uo pipefail
[[ $# -eq 2 ]] || { echo "usage: $0 <hls4net A> <hls4net B>" >&2; exit 2; }
a="$(realpath "$1")"; b="$(realpath "$2")"
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${HLS4NET_SHARED_DIR:-}"
if [[ -z "$shared" ]]; then
    if [[ -d "$root/../shared/models" ]]; then shared="$root/../shared"; else shared=/work/shared; fi
fi
models="$shared/models"
work="$(mktemp -d "${TMPDIR:-/tmp}/compare-builds-XXXXXX")"
[[ -n "${KEEP_WORK:-}" ]] && echo "outputs kept in $work" || trap 'rm -rf "$work"' EXIT
for width in 16 64; do
    python3 "$root/scripts/seeded_rows.py" "$width" 10000 >"$work/x$width.csv"
    head -20 "$work/x$width.csv" >"$work/s$width.csv"
done
cases=(
    "KERAS_3layer|$models/keras/KERAS_3layer.json --weights $models/keras/KERAS_3layer_weights.h5|16"
    "KERAS_conv2d_model|$models/keras/KERAS_conv2d_model.json --weights $models/keras/KERAS_conv2d_model_weights.h5|64"
    "three_layer_keras.onnx|$models/onnx/three_layer_keras.onnx|16"
)
failed=0
# check <label> <arguments...>: runs hls4net with both builds (@OUT@ in an argument is the build's own output folder) and
# compares stdout, stderr and the exit code
check() {
    local label="$1"; shift
    local t out
    for t in a b; do
        mkdir -p "$work/$t"
        local tool; [[ $t == a ]] && tool="$a" || tool="$b"
        local args=("${@//@OUT@/$work/$t}")
        ( cd "$work/$t" && "$tool" "${args[@]}" >"$work/$t/$label.raw" 2>"$work/$t/$label.err"; echo "exit $?" >>"$work/$t/$label.raw" )
        # the output folder's name is the one expected difference
        cat "$work/$t/$label.raw" "$work/$t/$label.err" | sed "s|$work/$t|@OUT@|g" >"$work/$t/$label.out"
    done
    if cmp -s "$work/a/$label.out" "$work/b/$label.out"; then echo "same: $label"; else echo "DIFFERENT: $label"; failed=1; fi
}
same_tree() {
    if diff -r "$work/a/$1" "$work/b/$1" >/dev/null; then echo "same: $1 (project tree)"; else echo "DIFFERENT: $1 (project tree)"; failed=1; fi
}
for case in "${cases[@]}"; do
    IFS='|' read -r name args width <<<"$case"
    # shellcheck disable=SC2086 # $args holds the model path and its options
    {
        check "$name.emulate" emulate $args --input "$work/x$width.csv" -o @OUT@/$name.y.csv -q
        if cmp -s "$work/a/$name.y.csv" "$work/b/$name.y.csv"; then echo "same: $name.y.csv (10,000 rows)"; else echo "DIFFERENT: $name.y.csv"; failed=1; fi
        check "$name.emulate-json" emulate $args --input "$work/s$width.csv" --json -q
        check "$name.convert" convert $args --input "$work/s$width.csv" -o @OUT@/$name.prj -q
        same_tree "$name.prj"
        check "$name.estimate-json" estimate $args --json -q
        check "$name.inspect-json" inspect $args --json -q
        check "$name.verify-json" verify $args --input "$work/s$width.csv" --json -q
    }
done
onnx="$models/onnx/three_layer_keras.onnx"
check "sweep-json" sweep "$onnx" --precision "ap_fixed<16,6>;ap_fixed<10,4>" --samples 200 -o @OUT@/sweep --json -q
same_tree "sweep"
check "nas-json" nas --space "$root/samples/nas/jet_space.yml" --max-candidates 40 --top 2 -o @OUT@/nas --json -q
same_tree "nas"
check "error.missing-model" emulate "$work/no-such-model.onnx" --input "$work/s16.csv" -q
check "error.bad-precision" convert "$models/onnx/three_layer_keras.onnx" --precision "ap_fixed<0,9>" -o @OUT@/bad -q
check "version" --version
exit $failed
