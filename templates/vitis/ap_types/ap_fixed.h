// Hls4Net arbitrary-precision fixed-point types for C simulation:
// ap_fixed<W,I,Q,O,N>, ap_ufixed<W,I,Q,O,N> (defaults Q=AP_TRN, O=AP_WRAP, N=0),
// plus ap_int<W>/ap_uint<W>.
//
// Clean-room implementation written from documented behaviour only
// (docs/ap-fixed-semantics.md: observed Vitis HLS C-simulation semantics).
// No Xilinx or hls4ml header code was consulted or copied.
//
// Public API (what generated kernels and testbenches may rely on):
//   ap_fixed<W,I,Q,O,N> / ap_ufixed<W,I,Q,O,N>  (1 <= W <= AP_INT_MAX_W, default 1024; 0 <= N <= W;
//                                                ap_ufixed with AP_WRAP_SM is a compile error)
//     constructors/assignment from: any ap_[u]fixed (exact value, then rounding/overflow of the destination),
//       ap_[u]int (as ap_[u]fixed<W,W>), bool/char/short/int/long/long long (signed and unsigned), double,
//       float, const char* (via strtod). Default constructor gives 0.
//     to_double() to_float() to_int() to_uint() to_long() to_ulong() to_int64() to_uint64() to_string()
//     implicit operator double(); explicit casts to float and C integer types (float: single rounding,
//       integers: truncate toward zero then wrap)
//     x[i] (read/write bit reference, bit 0 = LSB of the raw value), x.range(hi,lo), x(hi,lo), x.range()
//       (read/write, acts as ap_uint<W>), get_bit, set_bit, length(), is_neg(), iszero()
//     + - * / & | ^ with ap_[u]fixed, ap_[u]int and C integers (exact, Vitis result types),
//       unary - + ~, << >> (raw bits, same type), == != < > <= >= (also with double/float),
//       op= for + - * / & | ^ << >>, ++ -- (pre and post)
//     ap_fixed op double / ap_fixed op= double do not compile (as in Vitis).
//   ap_int<W> / ap_uint<W>  (1 <= W <= 32768): see ap_int.h.
//   std::ostream << prints ap_[u]fixed as a double and ap_[u]int as a decimal integer.
//
// SPDX-License-Identifier: Apache-2.0
// Copyright (c) Hls4Net developers
#ifndef HLS4NET_AP_FIXED_H
#define HLS4NET_AP_FIXED_H

#include "ap_int.h"

#endif  // HLS4NET_AP_FIXED_H
