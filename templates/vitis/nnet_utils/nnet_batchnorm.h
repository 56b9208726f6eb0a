// Hls4Net: inference batch normalization (own code, C++14). Mirrored bit for bit by BatchNormKernel.cs.
//   res[i] = data[i] * scale[c] + bias[c], c = i % n_filt (the last axis); the product and the sum are exact
//   (ap_fixed operators), and the result is stored once into res_T.
// Config fields: n_in, n_filt, weight_t (scale), bias_t (shift), reuse_factor.
#ifndef NNET_BATCHNORM_H_
#define NNET_BATCHNORM_H_

#include "nnet_common.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void normalize(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in],
               const typename CONFIG_T::weight_t scale[CONFIG_T::n_filt],
               const typename CONFIG_T::bias_t bias[CONFIG_T::n_filt]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=scale complete")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=bias complete")
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        const unsigned c = i % CONFIG_T::n_filt;
        res[i] = data[i] * scale[c] + bias[c];
    }
}

} // namespace nnet

#endif
