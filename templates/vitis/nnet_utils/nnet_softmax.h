// Hls4Net: softmax (own design, see docs/softmax.md).
//   m = max(x); e_i = exp_table[round((m - x_i) * N / R)] (exp(-j*R/N), clamped); sum of e_i in accum_t;
//   inv = 1/sum by one exact integer division on raw bits (q = 2^E / sum_raw with a sticky bit, then stored
//   into inv_table_t with its own rounding); res_i = e_i * inv (exact product stored into res_T).
// Mirrored exactly by SoftmaxPlan.cs.
#ifndef NNET_SOFTMAX_H_
#define NNET_SOFTMAX_H_

#include "nnet_activation_table.h"

namespace nnet {

// 1/sum stored into inv_table_t. sum_raw < 1 (only possible with a user accumulator that overflowed) counts as 1.
template <typename CONFIG_T> typename CONFIG_T::inv_table_t softmax_reciprocal(const typename CONFIG_T::accum_t &sum) {
    const int E = CONFIG_T::inv_shift;
    const auto s = table_detail::at_least_one(table_detail::raw_code(sum));
    ap_uint<E + 1> num = 1;
    num <<= E;
    const ap_uint<E + 1> q = num / s;
    ap_uint<E + 2> r = q;
    r <<= 1;
    if (q * s != num) r += 1;
    const typename CONFIG_T::inv_table_t inv = table_detail::ufixed_from_raw<E + 2, CONFIG_T::inv_frac + 2>(r);
    return inv;
}

// Config fields: n_in, table_size, index_width, index_mult, index_pre_shift, index_offset, index_post_shift,
// inv_shift, inv_frac, exp_table_t, inv_table_t, accum_t; zero_mask (optional, SOFTMAX_ZERO: a zero input's exp is 0).
template <class data_T, class res_T, typename CONFIG_T>
void softmax(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in],
             const typename CONFIG_T::exp_table_t exp_table[CONFIG_T::table_size]) {
    data_T m = data[0];
    for (unsigned i = 1; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        if (m < data[i]) m = data[i];
    }
    const auto rm = table_detail::raw_code(m);
    typename CONFIG_T::exp_table_t e[CONFIG_T::n_in];
    typename CONFIG_T::accum_t sum = 0;
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        const auto d = rm - table_detail::raw_code(data[i]);
        e[i] = exp_table[table_detail::clamp_index<CONFIG_T>(table_detail::scaled_index<CONFIG_T>(d))];
        if (table_detail::zero_mask_of<CONFIG_T>::value && data[i] == 0) e[i] = 0; // SOFTMAX_ZERO
        sum += e[i];
    }
    const typename CONFIG_T::inv_table_t inv = softmax_reciprocal<CONFIG_T>(sum);
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        res[i] = e[i] * inv;
    }
}

// hls4ml's Implementation: argmax. One-hot of the first maximum: res[i] = res_T(1) at the lowest index whose value
// no later value exceeds, res_T(0) elsewhere. Config field: n_in. Mirrored by SoftmaxKernel (one-hot path).
template <class data_T, class res_T, typename CONFIG_T>
void softmax_argmax(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in]) {
    unsigned best = 0;
    for (unsigned i = 1; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        if (data[best] < data[i]) best = i;
    }
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        res[i] = (i == best) ? res_T(1) : res_T(0);
    }
}

} // namespace nnet

#endif
