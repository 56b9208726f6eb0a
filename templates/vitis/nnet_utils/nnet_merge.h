// Hls4Net: merges of activation tensors, io_parallel (own code). Mirrored by ElementwiseKernel.cs / ConcatKernel.cs.
// Element-wise (any number of equally sized inputs): the exact value of a+b+..., a-b, a*b*..., max or min
// (ap_fixed +, -, * are exact) is stored once into res_T. Average: exact sum times inv_t(1.0 / n_inputs).
// Concatenate (two inputs; more are chained, which stores the same values): for each of n_outer blocks, the
// n_block1 values of input 1 then the n_block2 values of input 2.
// Element-wise config: n_elem, inv_t. Concatenate config: n_outer, n_block1, n_block2.
#ifndef NNET_MERGE_H_
#define NNET_MERGE_H_

#include "ap_fixed.h"
#include "nnet_layout_pragma.h"

namespace nnet {

namespace merge_detail {

template <class A> A exact_sum(const A &a) { return a; }
template <class A, class... R> auto exact_sum(const A &a, const R &...r) { return a + exact_sum(r...); }

template <class A> A exact_product(const A &a) { return a; }
template <class A, class... R> auto exact_product(const A &a, const R &...r) { return a * exact_product(r...); }

// The larger (smaller) value, held exactly in the type of a + b.
template <class A, class B> auto max2(const A &a, const B &b) {
    decltype(a + b) r = a;
    if (b > a) r = b;
    return r;
}
template <class A, class B> auto min2(const A &a, const B &b) {
    decltype(a + b) r = a;
    if (b < a) r = b;
    return r;
}

template <class A> A exact_max(const A &a) { return a; }
template <class A, class... R> auto exact_max(const A &a, const R &...r) { return max2(a, exact_max(r...)); }

template <class A> A exact_min(const A &a) { return a; }
template <class A, class... R> auto exact_min(const A &a, const R &...r) { return min2(a, exact_min(r...)); }

} // namespace merge_detail

template <class res_T, typename CONFIG_T, class... data_T> void merge_add(res_T res[CONFIG_T::n_elem], const data_T *...data) {
    NNET_HLS_PRAGMA("HLS PIPELINE")
    for (int i = 0; i < CONFIG_T::n_elem; i++) res[i] = merge_detail::exact_sum(data[i]...);
}

template <class res_T, typename CONFIG_T, class data1_T, class data2_T>
void merge_subtract(res_T res[CONFIG_T::n_elem], const data1_T *data1, const data2_T *data2) {
    NNET_HLS_PRAGMA("HLS PIPELINE")
    for (int i = 0; i < CONFIG_T::n_elem; i++) res[i] = data1[i] - data2[i];
}

template <class res_T, typename CONFIG_T, class... data_T> void merge_multiply(res_T res[CONFIG_T::n_elem], const data_T *...data) {
    NNET_HLS_PRAGMA("HLS PIPELINE")
    for (int i = 0; i < CONFIG_T::n_elem; i++) res[i] = merge_detail::exact_product(data[i]...);
}

template <class res_T, typename CONFIG_T, class... data_T> void merge_average(res_T res[CONFIG_T::n_elem], const data_T *...data) {
    NNET_HLS_PRAGMA("HLS PIPELINE")
    const typename CONFIG_T::inv_t inv = 1.0 / sizeof...(data_T);
    for (int i = 0; i < CONFIG_T::n_elem; i++) res[i] = merge_detail::exact_sum(data[i]...) * inv;
}

template <class res_T, typename CONFIG_T, class... data_T> void merge_maximum(res_T res[CONFIG_T::n_elem], const data_T *...data) {
    NNET_HLS_PRAGMA("HLS PIPELINE")
    for (int i = 0; i < CONFIG_T::n_elem; i++) res[i] = merge_detail::exact_max(data[i]...);
}

template <class res_T, typename CONFIG_T, class... data_T> void merge_minimum(res_T res[CONFIG_T::n_elem], const data_T *...data) {
    NNET_HLS_PRAGMA("HLS PIPELINE")
    for (int i = 0; i < CONFIG_T::n_elem; i++) res[i] = merge_detail::exact_min(data[i]...);
}

template <class data1_T, class data2_T, class res_T, typename CONFIG_T>
void concatenate(const data1_T data1[CONFIG_T::n_outer * CONFIG_T::n_block1], const data2_T data2[CONFIG_T::n_outer * CONFIG_T::n_block2],
                 res_T res[CONFIG_T::n_outer * (CONFIG_T::n_block1 + CONFIG_T::n_block2)]) {
    NNET_HLS_PRAGMA("HLS PIPELINE")
    int o = 0;
    for (int i = 0; i < CONFIG_T::n_outer; i++) {
        for (int j = 0; j < CONFIG_T::n_block1; j++) res[o++] = data1[i * CONFIG_T::n_block1 + j];
        for (int j = 0; j < CONFIG_T::n_block2; j++) res[o++] = data2[i * CONFIG_T::n_block2 + j];
    }
}

} // namespace nnet

#endif
