#!/usr/bin/env bash
# Installs what Hls4Net's tests and C simulation need on a fresh Debian machine, when missing:
# g++ (C simulation), libhdf5 (Keras .h5 import), tclsh (runs the generated build_prj.tcl with stubbed Vitis
# commands), npm (fetches the ONNX Runtime library once).
set -euo pipefail
need=()
command -v g++ >/dev/null 2>&1 || need+=(g++)
ldconfig -p 2>/dev/null | grep -q 'libhdf5_serial.so.103' || need+=(libhdf5-103-1)
command -v tclsh >/dev/null 2>&1 || need+=(tcl)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >&2
fi
