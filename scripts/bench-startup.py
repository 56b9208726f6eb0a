#!/usr/bin/env python3
"""Start-up table of docs/benchmarks.md ("Start-up and JIT: the published tool") and issue 15 goal 2's ratio.

For each hls4net build given (e.g. the ReadyToRun and the Native AOT one), in alternating rounds so that both see the
same load: `hls4net --version`, `emulate` on 1 row and on 10,000 seeded N(0,1) rows (CSV in and out, fresh process,
start-up included), for KERAS_3layer, KERAS_conv2d_model and three_layer_keras.onnx; then `hls4net bench --samples
10000 --json` (in process, one thread). Reports the median CPU time (user + sys of the child, from wait4) over the
rounds, and the goal-2 ratio: CLI CPU seconds for the 10,000 rows / in-process CPU seconds for 10,000 samples
(10,000 / bench's median samples per CPU-second).

Usage: scripts/bench-startup.py [--rounds N] <hls4net> [<hls4net> ...]. Models come from $HLS4NET_SHARED_DIR
(default: ../shared next to the repository, else /work/shared).
"""
import argparse, os, statistics, subprocess, sys, tempfile, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seeded_rows

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get("HLS4NET_SHARED_DIR") or (
    os.path.join(root, "..", "shared") if os.path.isdir(os.path.join(root, "..", "shared", "models")) else "/work/shared")
models = os.path.join(shared, "models")
CASES = [
    ("KERAS_3layer", [f"{models}/keras/KERAS_3layer.json", "--weights", f"{models}/keras/KERAS_3layer_weights.h5"], 16),
    ("KERAS_conv2d_model", [f"{models}/keras/KERAS_conv2d_model.json", "--weights", f"{models}/keras/KERAS_conv2d_model_weights.h5"], 64),
    ("three_layer_keras.onnx", [f"{models}/onnx/three_layer_keras.onnx"], 16),
]


def cpu_of(cmd):
    """CPU seconds (user + sys) of one run of cmd; stdout/stderr discarded; fails loudly on a non-zero exit."""
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"error: {' '.join(cmd)} failed: {p.stderr.read().decode()}")
    return ru.ru_utime + ru.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("tools", nargs="+")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="bench-startup-", dir=os.environ.get("TMPDIR"))
    for width in (16, 64):
        rows = list(seeded_rows.lines(width, 10000))
        with open(f"{work}/x{width}.csv", "w") as f: f.write("\n".join(rows) + "\n")
        with open(f"{work}/one{width}.csv", "w") as f: f.write(rows[0] + "\n")
    cpu = {}  # (tool, figure) -> [seconds]
    for r in range(a.rounds):
        for tool in (a.tools if r % 2 == 0 else list(reversed(a.tools))):
            cpu.setdefault((tool, "--version"), []).append(cpu_of([tool, "--version"]))
            for name, args, width in CASES:
                for rows, inp in (("1 row", f"{work}/one{width}.csv"), ("10,000 rows", f"{work}/x{width}.csv")):
                    cpu.setdefault((tool, f"{name} emulate {rows}"), []).append(
                        cpu_of([tool, "emulate", *args, "--input", inp, "-o", f"{work}/y.csv", "-q"]))
    bench = {}
    for r in range(max(1, a.rounds // 2)):
        for tool in a.tools:
            for name, args, _ in CASES:
                out = subprocess.run([tool, "bench", *args, "--samples", "10000", "--json", "-q"], check=True, capture_output=True, text=True).stdout
                bench.setdefault((tool, name), []).append(json.loads(out)["emulator"]["samplesPerCpuSecondMedian"])
    load = open("/proc/loadavg").read().split()[:3]
    print(f"{os.cpu_count()} processors, load average {' '.join(load)} after the runs; CPU = user + sys, median of {a.rounds} alternating rounds")
    print("| figure | " + " | ".join(os.path.relpath(t) for t in a.tools) + " |")
    print("|---|" + "---:|" * len(a.tools))
    med = lambda xs: statistics.median(xs)
    figures = ["--version"] + [f"{n} emulate {r}" for n, _, _ in CASES for r in ("1 row", "10,000 rows")]
    for fig in figures:
        print(f"| `{fig}` CPU s | " + " | ".join(f"{med(cpu[(t, fig)]):.3f}" for t in a.tools) + " |")
    for name, _, _ in CASES:
        print(f"| {name} `bench`, in process: CPU s per 10,000 samples | " + " | ".join(
            f"{10000 / med(bench[(t, name)]):.4f}" for t in a.tools) + " |")
    for name, _, _ in CASES:
        print(f"| **goal 2: {name}, CLI 10,000 rows / in process** | " + " | ".join(
            f"**{med(cpu[(t, f'{name} emulate 10,000 rows')]) / (10000 / med(bench[(t, name)])):.1f}x**" for t in a.tools) + " |")


if __name__ == "__main__":
    main()
