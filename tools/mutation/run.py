#!/usr/bin/env python3
"""Mutation checks for Hls4Net's C++ templates and emulator kernels (hand-run, never in CI).

Each mutation is one small, meaningful change to one file (swap accum_t and the result type, drop a rounding step,
reverse an accumulation order, off-by-one in a window, skip a saturation, wrong padding offset, wrong stride, ...).
For each one the script

  1. replaces the n-th occurrence of an exact text in the file (the text must exist, or the mutation is reported
     as "stale" so the list cannot silently rot),
  2. for files under src/ rebuilds the test project (a mutation that does not compile is reported "invalid"),
  3. runs the mutation's narrow test filter with HLS4NET_TEMPLATES pointing at this worktree's templates/ (so a
     template mutation needs no rebuild),
  4. restores the file byte for byte (try/finally, also on Ctrl-C / SIGTERM), and
  5. reports "killed" (the filter failed) or "SURVIVED" (it passed).

After the last mutation of a file under src/ the test project is rebuilt from the restored sources.

Usage (from anywhere; the repository root is found from this file's location):
  python3 tools/mutation/run.py              # all mutations, markdown table on stdout
  python3 tools/mutation/run.py --list       # list them
  python3 tools/mutation/run.py --only ID... # a subset
  python3 tools/mutation/run.py --no-build   # assume the test projects are already built (Release)
  python3 tools/mutation/run.py --no-baseline  # skip the unmutated run of each filter (by default each must pass first)
Exit code: 0 when every mutation was killed, 1 when one survived (or was stale/invalid), 2 on a usage error.
"""
import argparse
import os
import signal
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
VITIS = "tests/Hls4Net.Backends.Vitis.Tests/Hls4Net.Backends.Vitis.Tests.csproj"
NNET = "templates/vitis/nnet_utils/"
KERN = "src/Hls4Net.Emulation/Kernels/"

STREAM_LAYERS = "FullyQualifiedName~StreamLayerBitExactTests"
PARALLEL_LAYERS = "FullyQualifiedName~Conv.LayerBitExactTests"
# Random cases plus the deterministic sweep of every merge kind / pooling variant / layout layer.
PARALLEL_AND_SWEEP = PARALLEL_LAYERS + "|FullyQualifiedName~LayerSweepTests"
KERNELS = "FullyQualifiedName~KernelBitExactnessTests"


def m(id, file, find, replace, filter, what, nth=1, project=VITIS):
    return dict(id=id, file=file, find=find, replace=replace, filter=filter, what=what, nth=nth, project=project)


MUTATIONS = [
    # ---- C++ templates, io_stream ----
    m("conv-stream-accum-is-result", NNET + "nnet_conv_stream.h",
      "typename CONFIG_T::accum_t acc = biases[co];", "typename res_T::value_type acc = biases[co];",
      STREAM_LAYERS, "conv_2d_cl_stream accumulates in the result type instead of accum_t (issue 20)"),
    m("dwconv-stream-accum-is-result", NNET + "nnet_conv_stream.h",
      "typename CONFIG_T::accum_t acc = biases[co];", "typename res_T::value_type acc = biases[co];",
      STREAM_LAYERS, "depthwise_conv_2d_cl_stream accumulates in the result type", nth=2),
    m("conv-stream-pad-left-is-top", NNET + "nnet_conv_stream.h",
      "const int x = ow * CONFIG_T::stride_width - CONFIG_T::pad_left + kw * CONFIG_T::dilation_width;",
      "const int x = ow * CONFIG_T::stride_width - CONFIG_T::pad_top + kw * CONFIG_T::dilation_width;",
      STREAM_LAYERS, "conv stream: wrong padding offset (pad_top used for the width)"),
    m("conv-stream-window-drops-last-column", NNET + "nnet_conv_stream.h",
      "if (x < 0 || x >= CONFIG_T::in_width) continue;", "if (x < 0 || x >= CONFIG_T::in_width - 1) continue;",
      STREAM_LAYERS, "conv stream: off-by-one, the last input column is never a tap"),
    m("window-ready-one-pixel-late", NNET + "nnet_window_stream.h",
      "return lr < ih || (lr == ih && lc <= iw);", "return lr < ih || (lr == ih && lc < iw);",
      STREAM_LAYERS, "line buffer: off-by-one, a window is computed one pixel after its last tap arrives"),
    m("pool-stream-accum-is-input", NNET + "nnet_pooling_stream.h",
      "typename CONFIG_T::accum_t acc = 0;", "value_t acc = 0;",
      STREAM_LAYERS, "average pool stream sums in the input type instead of accum_t"),
    m("zeropad-stream-left-is-top", NNET + "nnet_padding_stream.h",
      "const int iw = ow - CONFIG_T::pad_left;", "const int iw = ow - CONFIG_T::pad_top;",
      STREAM_LAYERS, "zero padding stream: wrong padding offset"),
    m("upsample-stream-wrong-index", NNET + "nnet_upsample_stream.h",
      "out[c] = row[ow / CONFIG_T::scale_width][c];", "out[c] = row[ow % CONFIG_T::in_width][c];",
      STREAM_LAYERS, "upsample stream: repeats the row instead of each pixel"),
    m("concat-stream-skips-first-block", NNET + "nnet_merge_stream.h",
      "for (int j = 0; j < CONFIG_T::n_block1 / (int)data1_T::size; j++) {\n            const data1_T in = data1.read();",
      "for (int j = 0; j < CONFIG_T::n_block1 / (int)data1_T::size && false; j++) {\n            const data1_T in = data1.read();",
      STREAM_LAYERS, "concatenate stream: the first input's block is skipped"),
    # ---- C++ templates, io_parallel ----
    m("conv-accum-is-result", NNET + "nnet_conv2d.h",
      "typename CONFIG_T::accum_t acc = biases[co];", "res_T acc = biases[co];",
      PARALLEL_LAYERS, "conv_2d_cl accumulates in the result type"),
    m("conv-reverse-channel-order", NNET + "nnet_conv2d.h",
      "for (int ci = 0; ci < CONFIG_T::n_chan; ci++) {", "for (int ci = CONFIG_T::n_chan - 1; ci >= 0; ci--) {",
      PARALLEL_LAYERS, "conv_2d_cl: reversed accumulation order over input channels"),
    m("conv-height-uses-width-stride", NNET + "nnet_conv2d.h",
      "const int ih = oh * CONFIG_T::stride_height", "const int ih = oh * CONFIG_T::stride_width",
      PARALLEL_LAYERS, "conv_2d_cl: wrong stride (width stride for rows)"),
    m("pool-ignores-count-include-pad", NNET + "nnet_pooling.h",
      "if (CONFIG_T::count_include_pad) n =", "if (CONFIG_T::count_include_pad && false) n =",
      PARALLEL_AND_SWEEP, "average pool: count_include_pad ignored (divides by the real taps)"),
    m("pool-max-is-min", NNET + "nnet_pooling.h",
      "if (first || x > m) m = x;", "if (first || x < m) m = x;",
      PARALLEL_LAYERS, "max pool keeps the minimum"),
    m("merge-subtract-swapped", NNET + "nnet_merge.h",
      "res[i] = data1[i] - data2[i];", "res[i] = data2[i] - data1[i];",
      PARALLEL_AND_SWEEP, "subtract: operands swapped"),
    m("merge-average-wrong-count", NNET + "nnet_merge.h",
      "const typename CONFIG_T::inv_t inv = 1.0 / sizeof...(data_T);",
      "const typename CONFIG_T::inv_t inv = 1.0 / (sizeof...(data_T) + 1);",
      PARALLEL_AND_SWEEP, "average merge divides by n+1"),
    m("crop-left-is-top", NNET + "nnet_padding.h",
      "const int iw = ow + CONFIG_T::crop_left;", "const int iw = ow + CONFIG_T::crop_top;",
      PARALLEL_AND_SWEEP, "crop: wrong offset (crop_top used for the width)"),
    m("transpose-last-axes-swapped", NNET + "nnet_transpose.h",
      "i2 * in_strides[perm[2]] + i3 * in_strides[perm[3]]", "i2 * in_strides[perm[3]] + i3 * in_strides[perm[2]]",
      PARALLEL_LAYERS, "transpose: last two output axes read with each other's stride"),
    m("dense-accum-is-result", NNET + "nnet_dense.h",
      "typename CONFIG_T::accum_t acc[CONFIG_T::n_out];", "res_T acc[CONFIG_T::n_out];",
      KERNELS, "dense (latency strategy) accumulates in the result type"),
    # ---- emulator kernels (C#) ----
    m("emu-conv-reverse-channel-order", KERN + "ConvEngine.cs",
      "for (var ci = 0; ci < g.InC; ci++)", "for (var ci = g.InC - 1; ci >= 0; ci--)",
      PARALLEL_LAYERS, "emulator conv: reversed accumulation order over input channels"),
    m("emu-conv-drops-bias", KERN + "ConvEngine.cs",
      "var acc = FixedMath.Convert(b[co], bt, at, out bool o);", "var acc = FixedMath.Convert(0L, bt, at, out bool o);",
      PARALLEL_LAYERS, "emulator conv: bias not added"),
    m("emu-accum-store-no-saturation", KERN + "AccumulatorStore.cs",
      "Saturates = to.Overflow == OverflowMode.Sat;", "Saturates = false;",
      PARALLEL_LAYERS, "emulator accumulator fast path: AP_SAT wraps (saturation skipped)"),
    m("emu-accum-store-no-rounding", KERN + "AccumulatorStore.cs",
      "RoundBit = IsFast && Shift > 0 && quant == QuantMode.Rnd ? 1 : 0;", "RoundBit = 0;",
      PARALLEL_LAYERS, "emulator accumulator fast path: AP_RND truncates (rounding step dropped)"),
    m("emu-pool-ignores-count-include-pad", KERN + "PoolEngine.cs",
      "countIncludePad ? window : taps.Count", "taps.Count",
      PARALLEL_AND_SWEEP, "emulator average pool: count_include_pad ignored"),
    m("emu-subtract-swapped", KERN + "ElementwiseKernel.cs",
      "Aligned(inputs[0].Raw[i], types[0], frac) - Aligned(inputs[1].Raw[i], types[1], frac)",
      "Aligned(inputs[1].Raw[i], types[1], frac) - Aligned(inputs[0].Raw[i], types[0], frac)",
      PARALLEL_AND_SWEEP, "emulator subtract: operands swapped"),
    m("emu-zeropad-offset-of-axis-0", KERN + "ZeroPadKernel.cs",
      "c[a] -= op.Before[a];", "c[a] -= op.Before[0];",
      PARALLEL_LAYERS, "emulator zero padding: every axis shifted by the first axis's padding"),
]

_interrupted = False


def _on_signal(signum, _frame):
    global _interrupted
    _interrupted = True
    raise KeyboardInterrupt(f"signal {signum}")


def run(cmd, env=None, timeout=3600):
    start = time.time()
    p = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout)
    return p.returncode, p.stdout, time.time() - start


def build(project):
    code, out, secs = run(["dotnet", "build", project, "-c", "Release", "-nologo", "-v", "q"])
    return code == 0, out, secs


def mutate(text, find, replace, nth):
    pos = -1
    for _ in range(nth):
        pos = text.find(find, pos + 1)
        if pos < 0:
            return None
    return text[:pos] + replace + text[pos + len(find):]


def check(mut, env, log):
    path = os.path.join(ROOT, mut["file"])
    with open(path, "rb") as f:
        original = f.read()
    mutated = mutate(original.decode("utf-8"), mut["find"], mut["replace"], mut["nth"])
    if mutated is None:
        return "stale (text not found)", 0.0
    is_src = mut["file"].startswith("src/")
    try:
        with open(path, "wb") as f:
            f.write(mutated.encode("utf-8"))
        secs = 0.0
        if is_src:
            ok, out, secs = build(mut["project"])
            log.write(f"--- build {mut['id']}\n{out}\n")
            if not ok:
                return "invalid (does not build)", secs
        code, out, t = run(["dotnet", "test", mut["project"], "-c", "Release", "--no-build", "--filter", mut["filter"]], env=env)
        log.write(f"--- test {mut['id']} (exit {code})\n{out}\n")
        secs += t
        if "g++ failed" in out:
            return "invalid (C++ does not compile)", secs
        if code == 0 and "Passed!" in out:
            return "SURVIVED", secs
        if "No test matches" in out or "Total:     0" in out:
            return "invalid (no test ran)", secs
        return "killed", secs
    finally:
        with open(path, "wb") as f:
            f.write(original)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--no-baseline", action="store_true", help="skip the unmutated run of each filter (only when it was just checked)")
    ap.add_argument("--log", default=os.path.join(ROOT, "tools", "mutation", "last-run.log"))
    args = ap.parse_args()
    muts = MUTATIONS
    if args.only:
        unknown = set(args.only) - {x["id"] for x in MUTATIONS}
        if unknown:
            print(f"error: unknown mutation(s): {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        muts = [x for x in MUTATIONS if x["id"] in args.only]
    if args.list:
        stale = 0
        for x in muts:
            with open(os.path.join(ROOT, x["file"]), encoding="utf-8") as f:
                found = mutate(f.read(), x["find"], x["replace"], x["nth"]) is not None
            stale += 0 if found else 1
            print(f"{x['id']:40} {x['file']:50} {'ok   ' if found else 'STALE'} {x['what']}")
        return 1 if stale else 0
    signal.signal(signal.SIGTERM, _on_signal)
    env = dict(os.environ, HLS4NET_TEMPLATES=os.path.join(ROOT, "templates"))
    projects = sorted({x["project"] for x in muts})
    if not args.no_build:
        for p in projects:
            ok, out, _ = build(p)
            if not ok:
                print(out, file=sys.stderr)
                print(f"error: {p} does not build before mutation", file=sys.stderr)
                return 1
    if not args.no_baseline:
        # A filter that already fails would "kill" every mutation: each one must pass on the unmutated tree first.
        for project, flt in sorted({(x["project"], x["filter"]) for x in muts}):
            print(f"baseline: {flt} ...", file=sys.stderr, flush=True)
            code, out, _ = run(["dotnet", "test", project, "-c", "Release", "--no-build", "--filter", flt], env=env)
            if code != 0:
                print(out, file=sys.stderr)
                print(f"error: {flt} fails without any mutation", file=sys.stderr)
                return 1
    rows = []
    touched_src = False
    with open(args.log, "w", encoding="utf-8") as log:
        try:
            for i, x in enumerate(muts, 1):
                print(f"[{i}/{len(muts)}] {x['id']} ...", file=sys.stderr, flush=True)
                touched_src |= x["file"].startswith("src/")
                result, secs = check(x, env, log)
                log.flush()
                print(f"[{i}/{len(muts)}] {x['id']}: {result} ({secs:.0f} s)", file=sys.stderr, flush=True)
                rows.append((x, result))
        finally:
            if touched_src:
                print("rebuilding from the restored sources ...", file=sys.stderr, flush=True)
                for p in projects:
                    build(p)
    print("| # | mutation | file | test filter | result |")
    print("|---|---|---|---|---|")
    for i, (x, result) in enumerate(rows, 1):
        print(f"| {i} | {x['id']}: {x['what']} | `{x['file']}` | `{x['filter']}` | {result} |")
    killed = sum(1 for _, r in rows if r == "killed")
    print(f"\n{killed} of {len(rows)} mutations killed, {len(rows) - killed} not killed")
    return 0 if killed == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
