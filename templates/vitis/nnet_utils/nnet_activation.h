// Hls4Net: element-wise activations without tables (own code, C++14). Mirrored bit for bit by
// ReluFamilyKernel.cs and PReluKernel.cs. Every result is a single store into res_T; products and sums are exact;
// every comparison is against 0 (exact for any signedness, see docs/ap-fixed-semantics.md section 6).
// Config fields: n_in; param_t with alpha_raw / beta_raw (raw codes of param_t) for leaky_relu, thresholded_relu
// and hard_sigmoid; has_min, min_raw, has_max, max_raw (raw codes of res_T) for bounded_relu; n_alpha for prelu.
#ifndef NNET_ACTIVATION_H_
#define NNET_ACTIVATION_H_

#include "nnet_common.h"

namespace nnet {

// res = data
template <class data_T, class res_T, typename CONFIG_T>
void linear(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        res[i] = data[i];
    }
}

// res = x > 0 ? x : 0
template <class data_T, class res_T, typename CONFIG_T>
void relu(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        const data_T x = data[i];
        if (x > 0) res[i] = x;
        else res[i] = 0;
    }
}

// res = x > 0 ? x : x * alpha
template <class data_T, class res_T, typename CONFIG_T>
void leaky_relu(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    const typename CONFIG_T::param_t alpha = fixed_from_raw<typename CONFIG_T::param_t>(CONFIG_T::alpha_raw);
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        const data_T x = data[i];
        if (x > 0) res[i] = x;
        else res[i] = x * alpha;
    }
}

// res = x > alpha ? x : 0
template <class data_T, class res_T, typename CONFIG_T>
void thresholded_relu(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    const typename CONFIG_T::param_t theta = fixed_from_raw<typename CONFIG_T::param_t>(CONFIG_T::alpha_raw);
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        const data_T x = data[i];
        if ((x - theta) > 0) res[i] = x;
        else res[i] = 0;
    }
}

// res = x < min ? min : (x > max ? max : x), min and max already in res_T (each side only when present)
template <class data_T, class res_T, typename CONFIG_T>
void bounded_relu(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    const res_T lo = fixed_from_raw<res_T>(CONFIG_T::min_raw);
    const res_T hi = fixed_from_raw<res_T>(CONFIG_T::max_raw);
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        const data_T x = data[i];
        if (CONFIG_T::has_min && (x - lo) < 0) res[i] = lo;
        else if (CONFIG_T::has_max && (x - hi) > 0) res[i] = hi;
        else res[i] = x;
    }
}

// v = alpha * x + beta (exact); res = v < 0 ? 0 : (v > 1 ? 1 : v)
template <class data_T, class res_T, typename CONFIG_T>
void hard_sigmoid(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    const typename CONFIG_T::param_t alpha = fixed_from_raw<typename CONFIG_T::param_t>(CONFIG_T::alpha_raw);
    const typename CONFIG_T::param_t beta = fixed_from_raw<typename CONFIG_T::param_t>(CONFIG_T::beta_raw);
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        const auto v = data[i] * alpha + beta;
        if (v < 0) res[i] = 0;
        else if ((v - 1) > 0) res[i] = 1;
        else res[i] = v;
    }
}

// res = x > 0 ? 1 : -1
template <class data_T, class res_T, typename CONFIG_T>
void binary_tanh(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        if (data[i] > 0) res[i] = 1;
        else res[i] = -1;
    }
}

// res = x > 0.5 ? 1 : (x <= -0.5 ? -1 : 0)
template <class data_T, class res_T, typename CONFIG_T>
void ternary_tanh(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    const ap_ufixed<1, 0> half = fixed_from_raw<ap_ufixed<1, 0> >(1);
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        const data_T x = data[i];
        if ((x - half) > 0) res[i] = 1;
        else if ((x + half) <= 0) res[i] = -1;
        else res[i] = 0;
    }
}

// res = x > 0 ? x : x * alpha[i % n_alpha] (one slope, one per last-axis channel, or one per element)
template <class data_T, class res_T, typename CONFIG_T>
void prelu(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in],
           const typename CONFIG_T::param_t alpha[CONFIG_T::n_alpha]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=alpha complete")
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        const data_T x = data[i];
        if (x > 0) res[i] = x;
        else res[i] = x * alpha[i % CONFIG_T::n_alpha];
    }
}

} // namespace nnet

#endif
