#!/usr/bin/env bash
# Regenerates the sample models in this folder (deterministic: same bytes on every run).
# Optional: HLS4NET_ARTIFACTS=/tmp/somewhere to build outside the repository's obj/ folders.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet run --project "$here/../tools/SampleMaker/SampleMaker.csproj" -c Release \
  ${HLS4NET_ARTIFACTS:+--artifacts-path "$HLS4NET_ARTIFACTS"} -- "$here"
