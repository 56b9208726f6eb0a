// Hls4Net: table-based activations (sigmoid, tanh, elu, selu, softplus, softsign).
// Own code. The tables are computed once in C# (Hls4Net.Emulation.Tables) and passed in as constant
// arrays; the index arithmetic below is mirrored exactly by TableIndexer.cs.
#ifndef NNET_ACTIVATION_TABLE_H_
#define NNET_ACTIVATION_TABLE_H_

#include "ap_fixed.h"
#include "ap_int.h"

#ifdef __SYNTHESIS__
#define NNET_TABLE_PRAGMA(x) _Pragma(x)
#else
#define NNET_TABLE_PRAGMA(x)
#endif

namespace nnet {

namespace table_detail {

// The raw stored integer of a value (value = raw * 2^-F), sign- or zero-extended into W+1 bits.
template <int W, int I, ap_q_mode Q, ap_o_mode O, int N>
inline ap_int<W + 1> raw_code(const ap_fixed<W, I, Q, O, N> &x) {
    ap_int<W> r;
    r.range(W - 1, 0) = x.range(W - 1, 0);
    return r;
}

template <int W, int I, ap_q_mode Q, ap_o_mode O, int N>
inline ap_int<W + 1> raw_code(const ap_ufixed<W, I, Q, O, N> &x) {
    ap_uint<W> r;
    r.range(W - 1, 0) = x.range(W - 1, 0);
    return r;
}

template <int W> inline ap_int<W + 1> raw_code(const ap_int<W> &x) { return x; }

template <int W> inline ap_int<W + 1> raw_code(const ap_uint<W> &x) { return x; }

// max(r, 1) as an unsigned integer of the same width.
template <int W> inline ap_uint<W> at_least_one(const ap_int<W> &r) {
    ap_uint<W> s = 1;
    if (r > 1) s = r;
    return s;
}

// The exact value raw * 2^-F as an ap_ufixed<W, W-F> (raw must be non-negative and fit W bits).
template <int W, int F> inline ap_ufixed<W, W - F> ufixed_from_raw(const ap_uint<W> &raw) {
    ap_ufixed<W, W - F> v;
    v.range(W - 1, 0) = raw.range(W - 1, 0);
    return v;
}

// v = (((r * index_mult) << index_pre_shift) + (index_offset << index_post_shift)) >> (index_post_shift + 1)
// in ap_int<index_width>; the widths are chosen in C# so that nothing wraps. Same as TableIndexer.Scaled.
template <typename CONFIG_T, int RW>
inline ap_int<CONFIG_T::index_width> scaled_index(const ap_int<RW> &r) {
    const long long mult = CONFIG_T::index_mult;
    const long long offset = CONFIG_T::index_offset;
    const int pre = CONFIG_T::index_pre_shift;
    const int post = CONFIG_T::index_post_shift;
    ap_int<CONFIG_T::index_width> v = r;
    v = v * mult;
    v <<= pre;
    ap_int<CONFIG_T::index_width> off = offset;
    off <<= post;
    v += off;
    v >>= post + 1;
    return v;
}

// The index clamped to [0, table_size - 1]. Same as TableIndexer.Index.
template <typename CONFIG_T, int IW> inline unsigned clamp_index(const ap_int<IW> &v) {
    const long long last = (long long)CONFIG_T::table_size - 1;
    if (v < 0) return 0;
    if (v > last) return (unsigned)last;
    return (unsigned)v.to_int();
}

// CONFIG_T::zero_mask when the config declares it (a SOFTMAX_ZERO softmax: zero inputs give 0), else false.
template <typename T> struct void_of { typedef void type; };
template <typename C, typename = void> struct zero_mask_of { static const bool value = false; };
template <typename C> struct zero_mask_of<C, typename void_of<decltype(C::zero_mask)>::type> {
    static const bool value = C::zero_mask;
};

} // namespace table_detail

// Tail modes (TableTail.cs): what happens to inputs that are not looked up.
enum table_tail { table_tail_clamp = 0, table_tail_identity_nonneg = 1, table_tail_scale_nonneg = 2, table_tail_identity_above = 3 };

// Config fields: n_in, table_size, tail, index_width, index_mult, index_pre_shift, index_offset, index_post_shift,
// table_t, scale_t, scale_raw, scale_frac (scale_t/scale_raw/scale_frac are used by selu only).
template <class data_T, class res_T, typename CONFIG_T>
void activation_table(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in],
                      const typename CONFIG_T::table_t table[CONFIG_T::table_size]) {
    const int tail = CONFIG_T::tail;
    const long long size = CONFIG_T::table_size;
    const double scale_value = (double)CONFIG_T::scale_raw / (double)(1ULL << CONFIG_T::scale_frac);
    const typename CONFIG_T::scale_t scale = scale_value;
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        const data_T x = data[i];
        const auto r = table_detail::raw_code(x);
        const auto v = table_detail::scaled_index<CONFIG_T>(r);
        if (tail == table_tail_identity_nonneg && r >= 0) {
            res[i] = x;
        } else if (tail == table_tail_scale_nonneg && r >= 0) {
            res[i] = x * scale;
        } else if (tail == table_tail_identity_above && v >= size) {
            res[i] = x;
        } else {
            res[i] = table[table_detail::clamp_index<CONFIG_T>(v)];
        }
    }
}

} // namespace nnet

#endif
