// Hls4Net: 1-D convolutions, channels last, io_parallel (own code). A [length, n_chan] input is the 2-D case with
// height 1: the emitted config struct sets in_height = out_height = filt_height = stride_height =
// dilation_height = 1 and pad_top = 0, so the arithmetic and loop order are those of nnet_conv2d.h.
#ifndef NNET_CONV1D_H_
#define NNET_CONV1D_H_

#include "nnet_conv2d.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void conv_1d_cl(const data_T data[CONFIG_T::in_width * CONFIG_T::n_chan], res_T res[CONFIG_T::out_width * CONFIG_T::n_filt],
                const typename CONFIG_T::weight_t weights[CONFIG_T::filt_width * CONFIG_T::n_chan * CONFIG_T::n_filt],
                const typename CONFIG_T::bias_t biases[CONFIG_T::n_filt]) {
    NNET_HLS_PRAGMA("HLS INLINE")
    conv_2d_cl<data_T, res_T, CONFIG_T>(data, res, weights, biases);
}

template <class data_T, class res_T, typename CONFIG_T>
void depthwise_conv_1d_cl(const data_T data[CONFIG_T::in_width * CONFIG_T::n_chan], res_T res[CONFIG_T::out_width * CONFIG_T::n_filt],
                          const typename CONFIG_T::weight_t weights[CONFIG_T::filt_width * CONFIG_T::n_filt],
                          const typename CONFIG_T::bias_t biases[CONFIG_T::n_filt]) {
    NNET_HLS_PRAGMA("HLS INLINE")
    depthwise_conv_2d_cl<data_T, res_T, CONFIG_T>(data, res, weights, biases);
}

} // namespace nnet

#endif
