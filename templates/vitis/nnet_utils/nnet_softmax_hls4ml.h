// Hls4Net: hls4ml's table softmaxes (Implementation: stable, latency, legacy), used under Semantics: hls4ml.
// Own code, written from a description of their arithmetic (docs/softmax.md), not from hls4ml's sources.
// The tables are computed once in C# (Hls4mlSoftmaxPlan.cs, Hls4mlLegacySoftmaxPlan.cs) and passed in as constant
// arrays; everything below is mirrored exactly by Hls4mlSoftmaxEvaluation.cs.
//   stable:  m = max(x); d_i = m - x_i stored into inp_norm_t; e_i = exp_table[top bits of d_i] stored into accum_t;
//   latency: e_i = exp_table[top bits of x_i] stored into accum_t;
//   both:    sum = adder tree over e in accum_t; s = sum stored into inv_inp_t; inv = inv_table[top bits of s];
//            res_i = e_i * inv (exact product stored into res_T).
//   legacy:  acc_i = sum_j (j == i ? 1 : exp_table[clamp(trunc((x_j - x_i) * N / 16) + N / 2)]) in table_t;
//            res_i = inv_table[clamp(trunc(acc_i * N / 64))].
#ifndef NNET_SOFTMAX_HLS4ML_H_
#define NNET_SOFTMAX_HLS4ML_H_

#include "nnet_activation_table.h"

namespace nnet {

namespace softmax_hls4ml_detail {

// The top N bits of x's raw two's-complement code, read as an unsigned number (TopBitsIndex.cs).
template <int N, class T> inline unsigned top_bits(const T &x) {
    static_assert(N >= 1 && N <= T::width, "a table index of N bits needs a type of at least N bits");
    ap_uint<N> i = 0;
    i = x.range(T::width - 1, T::width - N);
    return (unsigned)i.to_uint();
}

// The largest power of two strictly below n (n >= 2).
constexpr int pow2_below(int n, int p) { return p * 2 >= n ? p : pow2_below(n, p * 2); }

// Adder tree: one value is itself, two are added, more split into pow2_below(N) values and the rest; every sum is
// stored into T (Hls4mlSoftmaxEvaluation.TreeSum).
template <class T, int N> struct tree_sum {
    static T sum(const T *x) {
        const T a = tree_sum<T, pow2_below(N, 1)>::sum(x);
        const T b = tree_sum<T, N - pow2_below(N, 1)>::sum(x + pow2_below(N, 1));
        const T s = a + b;
        return s;
    }
};

template <class T> struct tree_sum<T, 1> {
    static T sum(const T *x) { return x[0]; }
};

// clamp(trunc(r * mult * 2^-shift) + offset, 0, size - 1), truncation toward zero, in ap_int<PW> (TruncatedIndex.cs).
template <int PW, int RW>
inline unsigned truncated_index(const ap_int<RW> &r, long long mult, int shift, long long offset, long long size) {
    const bool neg = r < 0;
    ap_int<PW> m = r;
    if (neg) m = -m;
    m = m * mult;
    if (shift >= PW) {
        m = 0;
    } else if (shift >= 0) {
        m >>= shift;
    } else {
        m <<= -shift;
    }
    if (neg) m = -m;
    m += offset;
    if (m < 0) return 0;
    if (m > size - 1) return (unsigned)(size - 1);
    return (unsigned)m.to_int();
}

// The common tail of stable and latency: adder tree, reciprocal lookup, products.
template <class res_T, typename CONFIG_T>
void normalize(const typename CONFIG_T::accum_t e[CONFIG_T::n_in], res_T res[CONFIG_T::n_in],
               const typename CONFIG_T::inv_table_t inv_table[CONFIG_T::inv_table_size]) {
    const typename CONFIG_T::accum_t sum = tree_sum<typename CONFIG_T::accum_t, CONFIG_T::n_in>::sum(e);
    const typename CONFIG_T::inv_inp_t exp_sum = sum;
    const typename CONFIG_T::inv_table_t inv = inv_table[top_bits<CONFIG_T::inv_index_bits>(exp_sum)];
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        res[i] = e[i] * inv;
    }
}

} // namespace softmax_hls4ml_detail

// Config fields: n_in, exp_table_size, inv_table_size, exp_index_bits, inv_index_bits, exp_table_t, inv_table_t,
// accum_t, inv_inp_t, inp_norm_t; zero_mask (optional, SOFTMAX_ZERO: a zero input's e_i is 0).
template <class data_T, class res_T, typename CONFIG_T>
void softmax_stable(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in],
                    const typename CONFIG_T::exp_table_t exp_table[CONFIG_T::exp_table_size],
                    const typename CONFIG_T::inv_table_t inv_table[CONFIG_T::inv_table_size]) {
    data_T x_max = data[0];
    for (unsigned i = 1; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        if (x_max < data[i]) x_max = data[i];
    }
    typename CONFIG_T::accum_t e[CONFIG_T::n_in];
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        const typename CONFIG_T::inp_norm_t d = x_max - data[i];
        e[i] = exp_table[softmax_hls4ml_detail::top_bits<CONFIG_T::exp_index_bits>(d)];
        if (table_detail::zero_mask_of<CONFIG_T>::value && data[i] == 0) e[i] = 0; // SOFTMAX_ZERO
    }
    softmax_hls4ml_detail::normalize<res_T, CONFIG_T>(e, res, inv_table);
}

// Config fields: those of softmax_stable except inp_norm_t.
template <class data_T, class res_T, typename CONFIG_T>
void softmax_latency(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in],
                     const typename CONFIG_T::exp_table_t exp_table[CONFIG_T::exp_table_size],
                     const typename CONFIG_T::inv_table_t inv_table[CONFIG_T::inv_table_size]) {
    typename CONFIG_T::accum_t e[CONFIG_T::n_in];
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        e[i] = exp_table[softmax_hls4ml_detail::top_bits<CONFIG_T::exp_index_bits>(data[i])];
        if (table_detail::zero_mask_of<CONFIG_T>::value && data[i] == 0) e[i] = 0; // SOFTMAX_ZERO
    }
    softmax_hls4ml_detail::normalize<res_T, CONFIG_T>(e, res, inv_table);
}

// Config fields: n_in, table_size, table_t, exp_index_width, exp_index_mult, exp_index_shift, exp_index_offset,
// inv_index_width, inv_index_mult, inv_index_shift, inv_index_offset.
template <class data_T, class res_T, typename CONFIG_T>
void softmax_legacy(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in],
                    const typename CONFIG_T::table_t exp_table[CONFIG_T::table_size],
                    const typename CONFIG_T::table_t inv_table[CONFIG_T::table_size]) {
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        typename CONFIG_T::table_t acc = 0;
        for (unsigned j = 0; j < CONFIG_T::n_in; j++) {
            NNET_TABLE_PRAGMA("HLS UNROLL")
            typename CONFIG_T::table_t term;
            if (i == j) {
                term = 1;
            } else {
                const auto d = table_detail::raw_code(data[j]) - table_detail::raw_code(data[i]);
                term = exp_table[softmax_hls4ml_detail::truncated_index<CONFIG_T::exp_index_width>(
                    d, CONFIG_T::exp_index_mult, CONFIG_T::exp_index_shift, CONFIG_T::exp_index_offset, CONFIG_T::table_size)];
            }
            acc += term;
        }
        res[i] = inv_table[softmax_hls4ml_detail::truncated_index<CONFIG_T::inv_index_width>(
            table_detail::raw_code(acc), CONFIG_T::inv_index_mult, CONFIG_T::inv_index_shift, CONFIG_T::inv_index_offset, CONFIG_T::table_size)];
    }
}

} // namespace nnet

#endif
