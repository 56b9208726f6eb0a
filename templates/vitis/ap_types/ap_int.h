// Hls4Net arbitrary-precision integer types for C simulation: ap_int<W>, ap_uint<W>
// (ap_fixed/ap_ufixed are available too, as with the Vitis headers).
//
// Clean-room implementation written from documented behaviour only
// (docs/ap-fixed-semantics.md: observed Vitis HLS C-simulation semantics).
// No Xilinx or hls4ml header code was consulted or copied.
//
// Public API of ap_int<W> / ap_uint<W> (1 <= W <= 32768):
//   constructors/assignment from: any ap_[u]int (wrap), ap_[u]fixed (truncate toward zero, wrap),
//     C integers, double/float (truncate toward zero, wrap), const char* (decimal or 0x/0b/0o prefix),
//     (const char*, radix). Default constructor gives 0.
//   implicit conversion to long long (ap_int) / unsigned long long (ap_uint): the low 64 bits
//   to_int() to_uint() to_long() to_ulong() to_int64() to_uint64() to_double() to_float() to_bool()
//   to_string(radix = 10) (2, 8, 16 give a 0b/0o/0x prefixed magnitude with sign), length(), is_neg(), iszero()
//   x[i] bit reference, x.range(hi,lo), x(hi,lo), x.range() (read/write; reversed when hi < lo), test, set,
//   clear, set_bit, get_bit, invert, and_reduce/or_reduce/xor_reduce (+ n-variants), countLeadingZeros, reverse
//   + - * / % & | ^ with ap_[u]int and C integers (exact, Vitis result widths), unary - + ~, << >> (same
//   type, negative count reverses), comparisons (mixed-signedness promotion quirks reproduced), op=, ++ --,
//   (a, b) concatenation to ap_uint<Wa+Wb>; ap_int op double/float is C arithmetic on the 64-bit value.
//
// SPDX-License-Identifier: Apache-2.0
// Copyright (c) Hls4Net developers
#ifndef HLS4NET_AP_INT_H
#define HLS4NET_AP_INT_H

#include "ap_common.h"
#include "ap_int_base.h"
#include "ap_fixed_base.h"

#endif  // HLS4NET_AP_INT_H
