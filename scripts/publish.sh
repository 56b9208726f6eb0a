#!/usr/bin/env bash
# Publishes the hls4net command as a framework-dependent ReadyToRun build for linux-x64 into dist/hls4net
# (or the folder given as $1): start-up code precompiled, tiered compilation off (docs/benchmarks.md,
# "Start-up and JIT"). Run it as dist/hls4net/hls4net. Needs the .NET 10 SDK and the NuGet source for the
# ReadyToRun compiler package (Microsoft.NETCore.App.Crossgen2.linux-x64, picked by the SDK).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/dist/hls4net}"
dotnet publish "$root/src/Hls4Net.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" -v q -nologo
echo "published: $out/hls4net"
