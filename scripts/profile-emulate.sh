#!/usr/bin/env bash
# Where the CPU of one `hls4net emulate` run goes, grouped (docs/benchmarks.md, issue 15 goal 2): records the published
# tool with `perf record` on N seeded N(0,1) CSV rows of the model's input width and sums perf's per-symbol shares into
# groups (Linux kernel, CSV parsing, emulation kernels, CSV formatting, GC, start-up and dynamic linking, other).
#
# Usage: scripts/profile-emulate.sh <width> <rows> <model arguments...>
#        e.g. scripts/profile-emulate.sh 16 100000 ../shared/models/onnx/three_layer_keras.onnx
#        HLS4NET=<tool> (default dist/hls4net/hls4net). Needs perf.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tool="${HLS4NET:-$root/dist/hls4net/hls4net}"
[[ $# -ge 3 ]] || { echo "usage: $0 <width> <rows> <model arguments...>" >&2; exit 2; }
command -v perf >/dev/null || { echo "error: perf is not installed" >&2; exit 2; }
width="$1"; rows="$2"; shift 2
work="$(mktemp -d "${TMPDIR:-/tmp}/profile-emulate-XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/seeded_rows.py" "$width" "$rows" >"$work/x.csv"
perf record -q -o "$work/perf.data" -- "$tool" emulate "$@" --input "$work/x.csv" -o "$work/y.csv" -q >/dev/null 2>&1
perf report -i "$work/perf.data" --no-children --sort dso,symbol -g none 2>/dev/null | python3 -c '
import re, sys
groups = [
    ("Linux kernel (page faults on fresh memory, file I/O, process start and exit)", lambda d, s: d.startswith("[kernel")),
    ("CSV parsing (DecimalCellParser, CsvSampleReader, number parsing)", lambda d, s: re.search(r"DecimalCellParser|CsvSampleReader|Number__TryParse|TryStringToNumber|NumberToFloat|MatchChars|IndexOfAny", s)),
    ("emulation kernels and interpreter", lambda d, s: "Hls4Net_Emulation" in s),
    ("CSV formatting (CsvRowWriter, shortest digits)", lambda d, s: re.search(r"CsvRowWriter|Grisu|Dragon4|FormatFloat|FormatGeneral|TryFormat|DiyFp|Number__Format", s)),
    ("garbage collector, allocation, memset/memmove", lambda d, s: re.search(r"WKS::|gc_heap|RhpNew|RhAllocate|memset|memmove|Memmove|introsort", s)),
    ("runtime start-up and dynamic linking (RehydrateData, ld.so, HDF5 and its libraries)", lambda d, s: re.search(r"Rehydrate|InitializeStatics|_dl_|do_lookup|check_match|strcmp", s) or d.startswith("ld-") or "hdf5" in d or d.endswith(".so") or ".so." in d),
]
sums = {g: 0.0 for g, _ in groups}; other = 0.0
for line in sys.stdin:
    m = re.match(r"\s*([\d.]+)%\s+(\S+)\s+\[[.k]\]\s+(.*)", line)
    if not m: continue
    pct, dso, sym = float(m.group(1)), m.group(2), m.group(3).strip()
    for g, test in groups:
        if test(dso, sym): sums[g] += pct; break
    else: other += pct
print("| where | share of CPU |"); print("|---|---:|")
for g, _ in groups: print(f"| {g} | {sums[g]:.1f} % |")
print(f"| other (row assembly, LINQ, dispatch, the command) | {other:.1f} % |")
'
