// Hls4Net: batch normalization in io_stream (own code, C++14). Same arithmetic as nnet::normalize:
//   res = x * scale[c] + bias[c], c = k % n_filt with k the value's position in the tensor.
#ifndef NNET_BATCHNORM_STREAM_H_
#define NNET_BATCHNORM_STREAM_H_

#include "nnet_batchnorm.h"
#include "nnet_stream.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void normalize_stream(hls::stream<data_T> &data, hls::stream<res_T> &res, const typename CONFIG_T::weight_t scale[CONFIG_T::n_filt],
                      const typename CONFIG_T::bias_t bias[CONFIG_T::n_filt]) {
    static_assert(data_T::size == res_T::size && CONFIG_T::n_in % data_T::size == 0, "element sizes do not match");
    for (unsigned e = 0; e < CONFIG_T::n_in / data_T::size; e++) {
        NNET_PRAGMA("HLS PIPELINE")
        const data_T in = data.read();
        res_T out;
        for (unsigned i = 0; i < data_T::size; i++) {
            NNET_PRAGMA("HLS UNROLL")
            const unsigned c = (e * data_T::size + i) % CONFIG_T::n_filt;
            out[i] = in[i] * scale[c] + bias[c];
        }
        res.write(out);
    }
}

} // namespace nnet

#endif
