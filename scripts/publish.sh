#!/usr/bin/env bash
# Publishes the hls4net command for linux-x64 into dist/hls4net (or the folder given as the last argument); run it as
# dist/hls4net/hls4net. Two builds (docs/benchmarks.md, "Start-up and JIT: the published tool"):
#
#   scripts/publish.sh [out]         Native AOT (default): one native executable (plus the templates folder next to
#                                    it), no .NET runtime needed to run it, no JIT at run time. Needs the .NET 10 SDK,
#                                    the NuGet source for the ILCompiler packages (picked by the SDK) and a C toolchain
#                                    to link: clang if installed, else gcc. The code is compiled for this machine's
#                                    x86-64 level (x86-64-v4 with AVX-512, else x86-64-v3 with AVX2, else the
#                                    baseline), because the emulator's int-lane kernels need Vector512 hardware
#                                    acceleration; a binary built for x86-64-v4 refuses to start on a CPU without
#                                    AVX-512. HLS4NET_INSTRUCTION_SET=<level> overrides the choice (e.g. x86-64-v3
#                                    for a binary that runs on any AVX2 machine, at the kernels' non-AVX-512 speed).
#   scripts/publish.sh --r2r [out]   the framework-dependent ReadyToRun build (start-up code precompiled, tiered
#                                    compilation off): runs on any x64 CPU with the .NET 10 runtime installed, the
#                                    JIT picks the instruction set at run time. Slower start-up (~0.1 s more CPU).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mode=aot
if [[ "${1:-}" == "--r2r" ]]; then mode=r2r; shift; fi
out="${1:-$root/dist/hls4net}"

if [[ "$mode" == r2r ]]; then
    dotnet publish "$root/src/Hls4Net.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" -v q -nologo
    echo "published (ReadyToRun): $out/hls4net"
    exit 0
fi

if command -v clang >/dev/null 2>&1; then linker=clang
elif command -v gcc >/dev/null 2>&1; then linker=gcc
else echo "error: Native AOT needs clang or gcc to link (or use: scripts/publish.sh --r2r)" >&2; exit 2
fi
isa="${HLS4NET_INSTRUCTION_SET:-}"
if [[ -z "$isa" ]]; then
    flags="$(grep -m1 '^flags' /proc/cpuinfo 2>/dev/null || true)"
    has() { [[ " $flags " == *" $1 "* ]]; }
    if has avx512f && has avx512bw && has avx512cd && has avx512dq && has avx512vl; then isa=x86-64-v4
    elif has avx2 && has bmi2 && has fma && has movbe; then isa=x86-64-v3
    else isa=x86-64-v2
    fi
fi
dotnet publish "$root/src/Hls4Net.Cli" -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker="$linker" \
    -p:IlcInstructionSet="$isa" -o "$out" -v q -nologo
echo "published (Native AOT, $isa, linked with $linker): $out/hls4net"
