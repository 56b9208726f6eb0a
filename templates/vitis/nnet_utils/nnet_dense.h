// Hls4Net: fully connected layer (own code, C++14). Mirrored bit for bit by DenseKernel.cs.
//
// Semantics (docs/design.md), identical for both strategies:
//   accum_t acc = bias[j];
//   for i = 0 .. n_in-1 in order:  acc += data[i] * weights[i * n_out + j];   (exact product and sum, stored into accum_t)
//   res[j] = acc;                                                            (stored into res_T)
// With store_products (hls4ml semantics) each product is first stored into accum_t (its quantization and overflow
// modes): acc += (accum_t)(data[i] * weights[i * n_out + j]); a zero product still adds nothing.
//
// Config fields: n_in, n_out, strategy (nnet::latency / nnet::resource), reuse_factor, store_products, weight_t,
// bias_t, accum_t; the compressed Resource form (dense_compressed) also n_nonzeros and index_t.
#ifndef NNET_DENSE_H_
#define NNET_DENSE_H_

#include "nnet_common.h"

namespace nnet {

// Latency: everything unrolled in one pipelined stage; weights that are zero add an exact 0, which cannot
// change the accumulator, so they are skipped (no multiplier for pruned weights).
template <class data_T, class res_T, typename CONFIG_T>
void dense_latency(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_out],
                   const typename CONFIG_T::weight_t weights[CONFIG_T::n_in * CONFIG_T::n_out],
                   const typename CONFIG_T::bias_t biases[CONFIG_T::n_out]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=weights complete")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=biases complete")
    typename CONFIG_T::accum_t acc[CONFIG_T::n_out];
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=acc complete")
    for (unsigned j = 0; j < CONFIG_T::n_out; j++) {
        NNET_PRAGMA("HLS UNROLL")
        acc[j] = biases[j];
    }
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        for (unsigned j = 0; j < CONFIG_T::n_out; j++) {
            NNET_PRAGMA("HLS UNROLL")
            const typename CONFIG_T::weight_t w = weights[i * CONFIG_T::n_out + j];
            if (w == 0) continue;
            if (CONFIG_T::store_products) {
                acc[j] += (typename CONFIG_T::accum_t)(data[i] * w);
            } else {
                acc[j] += data[i] * w;
            }
        }
    }
    for (unsigned j = 0; j < CONFIG_T::n_out; j++) {
        NNET_PRAGMA("HLS UNROLL")
        res[j] = acc[j];
    }
}

// Resource: the n_in*n_out products are visited in weight order k = i*n_out + j (so every output still sees its
// inputs in order i = 0, 1, ...) in reuse_factor pipelined steps of block_factor = ceil(n_in*n_out/reuse_factor)
// multipliers each.
template <class data_T, class res_T, typename CONFIG_T>
void dense_resource(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_out],
                    const typename CONFIG_T::weight_t weights[CONFIG_T::n_in * CONFIG_T::n_out],
                    const typename CONFIG_T::bias_t biases[CONFIG_T::n_out]) {
    const unsigned n_weights = CONFIG_T::n_in * CONFIG_T::n_out;
    const unsigned block_factor = ceil_div(n_weights, CONFIG_T::reuse_factor);
    NNET_PRAGMA("HLS ARRAY_RESHAPE variable=weights block factor=block_factor")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=biases complete")
    typename CONFIG_T::accum_t acc[CONFIG_T::n_out];
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=acc complete")
    for (unsigned j = 0; j < CONFIG_T::n_out; j++) {
        NNET_PRAGMA("HLS UNROLL")
        acc[j] = biases[j];
    }
    for (unsigned r = 0; r < CONFIG_T::reuse_factor; r++) {
        NNET_PRAGMA("HLS PIPELINE II=1")
        for (unsigned b = 0; b < block_factor; b++) {
            NNET_PRAGMA("HLS UNROLL")
            const unsigned k = r * block_factor + b;
            if (k >= n_weights) break;
            const unsigned i = k / CONFIG_T::n_out;
            const unsigned j = k % CONFIG_T::n_out;
            if (CONFIG_T::store_products) {
                acc[j] += (typename CONFIG_T::accum_t)(data[i] * weights[k]);
            } else {
                acc[j] += data[i] * weights[k];
            }
        }
    }
    for (unsigned j = 0; j < CONFIG_T::n_out; j++) {
        NNET_PRAGMA("HLS UNROLL")
        res[j] = acc[j];
    }
}

// Resource with compressed weight storage (pruned layers): only the n_nonzeros weights that are not zero are stored,
// each with its row i and column j, in weight order k = i*n_out + j, so every output still sees its remaining inputs
// in order i = 0, 1, ... The skipped products are exact zeros, and acc + 0 stored into accum_t is acc (also when a
// product is first stored into accum_t: a stored 0 is 0), so the sums are those of dense_resource bit for bit.
// reuse_factor pipelined steps of ceil(n_nonzeros/reuse_factor) multipliers each.
template <class data_T, class res_T, typename CONFIG_T>
void dense_compressed(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_out],
                      const typename CONFIG_T::weight_t weights[CONFIG_T::n_nonzeros],
                      const typename CONFIG_T::index_t rows[CONFIG_T::n_nonzeros],
                      const typename CONFIG_T::index_t cols[CONFIG_T::n_nonzeros],
                      const typename CONFIG_T::bias_t biases[CONFIG_T::n_out]) {
    const unsigned block_factor = ceil_div(CONFIG_T::n_nonzeros, CONFIG_T::reuse_factor);
    NNET_PRAGMA("HLS ARRAY_RESHAPE variable=weights block factor=block_factor")
    NNET_PRAGMA("HLS ARRAY_RESHAPE variable=rows block factor=block_factor")
    NNET_PRAGMA("HLS ARRAY_RESHAPE variable=cols block factor=block_factor")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=biases complete")
    typename CONFIG_T::accum_t acc[CONFIG_T::n_out];
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=acc complete")
    for (unsigned j = 0; j < CONFIG_T::n_out; j++) {
        NNET_PRAGMA("HLS UNROLL")
        acc[j] = biases[j];
    }
    for (unsigned r = 0; r < CONFIG_T::reuse_factor; r++) {
        NNET_PRAGMA("HLS PIPELINE II=1")
        for (unsigned b = 0; b < block_factor; b++) {
            NNET_PRAGMA("HLS UNROLL")
            const unsigned k = r * block_factor + b;
            if (k >= CONFIG_T::n_nonzeros) break;
            const unsigned i = rows[k].to_uint();
            const unsigned j = cols[k].to_uint();
            if (CONFIG_T::store_products) {
                acc[j] += (typename CONFIG_T::accum_t)(data[i] * weights[k]);
            } else {
                acc[j] += data[i] * weights[k];
            }
        }
    }
    for (unsigned j = 0; j < CONFIG_T::n_out; j++) {
        NNET_PRAGMA("HLS UNROLL")
        res[j] = acc[j];
    }
}

template <class data_T, class res_T, typename CONFIG_T>
void dense(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_out],
           const typename CONFIG_T::weight_t weights[CONFIG_T::n_in * CONFIG_T::n_out],
           const typename CONFIG_T::bias_t biases[CONFIG_T::n_out]) {
    NNET_PRAGMA("HLS INLINE")
    if (CONFIG_T::strategy == resource) {
        dense_resource<data_T, res_T, CONFIG_T>(data, res, weights, biases);
    } else {
        dense_latency<data_T, res_T, CONFIG_T>(data, res, weights, biases);
    }
}

} // namespace nnet

#endif
