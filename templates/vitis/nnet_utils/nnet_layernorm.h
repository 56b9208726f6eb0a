// Hls4Net: layer normalization over the last axis (own design, see docs/sequence-ops.md). Mirrored bit for bit by
// LayerNormKernel.cs / LayerNormPlan.cs. Per row of n_in values:
//   sum += x (accum_t), mean = sum * (1/n) (accum_t), d = x - mean (accum_t), sq += d*d (accum_t), var = sq * (1/n);
//   v = max(raw(var), 0) + eps_raw (at least 1) = 2^e * (1.m...) in raw units; t = e - accum_frac = 2h + p;
//   T = table[p * 2^K + top K bits of the mantissa] ~ 1/sqrt(v) * 2^h; norm = (d * T) * 2^-h stored into accum_t
//   (the exact product shifted into one wide fixed-point value); res = norm * gamma + beta (exact, stored into res_T).
// Config fields: n_in, n_rows, mantissa_bits, accum_width, accum_frac, h_max, wide_width, wide_frac, n_inv_raw,
// eps_raw, accum_t, table_t, weight_t (gamma), bias_t (beta).
#ifndef NNET_LAYERNORM_H_
#define NNET_LAYERNORM_H_

#include "nnet_activation_table.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void layernorm_row(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in],
                   const typename CONFIG_T::table_t table[2 << CONFIG_T::mantissa_bits],
                   const typename CONFIG_T::weight_t gamma[CONFIG_T::n_in],
                   const typename CONFIG_T::bias_t beta[CONFIG_T::n_in]) {
    typedef typename CONFIG_T::accum_t accum_t;
    const int K = CONFIG_T::mantissa_bits;
    const int WA = CONFIG_T::accum_width;
    const int WW = CONFIG_T::wide_width;
    ap_ufixed<19, 1> n_inv;
    n_inv.range(18, 0) = CONFIG_T::n_inv_raw;

    accum_t sum = 0;
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        sum += data[i];
    }
    const accum_t mean = sum * n_inv;
    accum_t d[CONFIG_T::n_in];
    accum_t sq = 0;
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        d[i] = data[i] - mean;
    }
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        sq += d[i] * d[i];
    }
    const accum_t var = sq * n_inv;

    ap_int<WA + 2> v = table_detail::raw_code(var);
    if (v < 0) v = 0;
    v += (long long)CONFIG_T::eps_raw;
    if (v < 1) v = 1;
    int e = 0;
    for (int b = 0; b < WA + 2; b++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        if (v[b]) e = b;
    }
    ap_uint<WA + K + 2> mm = v;
    if (e >= K) mm >>= (e - K);
    else mm <<= (K - e);
    const unsigned m = (unsigned)(mm.to_uint64() - (1ULL << K));
    const int t = e - CONFIG_T::accum_frac;
    const int p = t & 1;
    const int h = (t - p) / 2;
    const typename CONFIG_T::table_t inv = table[(p << K) + m];
    const auto inv_raw = table_detail::raw_code(inv);

    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        ap_int<WW> w = table_detail::raw_code(d[i]);
        w = w * inv_raw;
        w <<= (CONFIG_T::h_max - h);
        ap_fixed<WW, WW - CONFIG_T::wide_frac> wf;
        wf.range(WW - 1, 0) = w.range(WW - 1, 0);
        const accum_t norm = wf;
        res[i] = norm * gamma[i] + beta[i];
    }
}

template <class data_T, class res_T, typename CONFIG_T>
void layernorm(const data_T data[CONFIG_T::n_rows * CONFIG_T::n_in], res_T res[CONFIG_T::n_rows * CONFIG_T::n_in],
               const typename CONFIG_T::table_t table[2 << CONFIG_T::mantissa_bits],
               const typename CONFIG_T::weight_t gamma[CONFIG_T::n_in],
               const typename CONFIG_T::bias_t beta[CONFIG_T::n_in]) {
    for (unsigned r = 0; r < CONFIG_T::n_rows; r++) {
        layernorm_row<data_T, res_T, CONFIG_T>(data + r * CONFIG_T::n_in, res + r * CONFIG_T::n_in, table, gamma, beta);
    }
}

} // namespace nnet

#endif
