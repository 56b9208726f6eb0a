// Hls4Net: 2-D convolutions, channels last, io_parallel (own code). 1-D convolutions use the same kernels with
// in_height = out_height = filt_height = 1 (see nnet_conv1d.h). Mirrored exactly by ConvEngine.cs:
//   for oh, for ow, for co:  accum_t acc = bias[co];
//     for kh, for kw (taps inside the input only), for ci:
//       acc += data[(ih*in_width+iw)*n_chan+ci] * weights[((kh*filt_width+kw)*n_chan+ci)*n_filt+co];
//     res[(oh*out_width+ow)*n_filt+co] = acc;
//   with ih = oh*stride_height - pad_top + kh*dilation_height (iw likewise). Products are exact, every += is
//   stored into accum_t, the result into res_T. With store_products (hls4ml semantics) each product is first stored
//   into accum_t: acc += (accum_t)(data[...] * weights[...]). Depthwise: co = c*depth_multiplier+m reads input channel c only,
//   weights[((kh*filt_width+kw)*n_chan+c)*depth_multiplier+m]. A zero weight (pruned) is skipped: no multiplier, and
//   the sums are the same bit for bit (acc + 0 stored into accum_t is acc; a stored product x*0 is 0).
// Config fields (all int): in_height, in_width, n_chan, out_height, out_width, n_filt, filt_height, filt_width,
// stride_height, stride_width, pad_top, pad_left, dilation_height, dilation_width, reuse_factor, multiplier_limit
// (+ depth_multiplier for depthwise); bool store_products; typedefs accum_t, weight_t, bias_t.
#ifndef NNET_CONV2D_H_
#define NNET_CONV2D_H_

#include "ap_fixed.h"
#include "nnet_layout_pragma.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void conv_2d_cl(const data_T data[CONFIG_T::in_height * CONFIG_T::in_width * CONFIG_T::n_chan],
                res_T res[CONFIG_T::out_height * CONFIG_T::out_width * CONFIG_T::n_filt],
                const typename CONFIG_T::weight_t weights[CONFIG_T::filt_height * CONFIG_T::filt_width * CONFIG_T::n_chan * CONFIG_T::n_filt],
                const typename CONFIG_T::bias_t biases[CONFIG_T::n_filt]) {
    NNET_HLS_PRAGMA("HLS PIPELINE II=CONFIG_T::reuse_factor")
    NNET_HLS_PRAGMA("HLS ARRAY_PARTITION variable=data complete")
    NNET_HLS_PRAGMA("HLS ARRAY_PARTITION variable=res complete")
    NNET_HLS_PRAGMA("HLS ARRAY_PARTITION variable=weights complete")
    NNET_HLS_PRAGMA("HLS ARRAY_PARTITION variable=biases complete")
    NNET_HLS_PRAGMA("HLS ALLOCATION operation instances=mul limit=CONFIG_T::multiplier_limit")
    for (int oh = 0; oh < CONFIG_T::out_height; oh++) {
        for (int ow = 0; ow < CONFIG_T::out_width; ow++) {
            for (int co = 0; co < CONFIG_T::n_filt; co++) {
                typename CONFIG_T::accum_t acc = biases[co];
                for (int kh = 0; kh < CONFIG_T::filt_height; kh++) {
                    const int ih = oh * CONFIG_T::stride_height - CONFIG_T::pad_top + kh * CONFIG_T::dilation_height;
                    if (ih < 0 || ih >= CONFIG_T::in_height) continue;
                    for (int kw = 0; kw < CONFIG_T::filt_width; kw++) {
                        const int iw = ow * CONFIG_T::stride_width - CONFIG_T::pad_left + kw * CONFIG_T::dilation_width;
                        if (iw < 0 || iw >= CONFIG_T::in_width) continue;
                        for (int ci = 0; ci < CONFIG_T::n_chan; ci++) {
                            const data_T x = data[(ih * CONFIG_T::in_width + iw) * CONFIG_T::n_chan + ci];
                            const typename CONFIG_T::weight_t w =
                                weights[((kh * CONFIG_T::filt_width + kw) * CONFIG_T::n_chan + ci) * CONFIG_T::n_filt + co];
                            if (w == 0) continue; // a pruned weight: no multiplier (x*0 would add an exact zero)
                            if (CONFIG_T::store_products) {
                                acc += (typename CONFIG_T::accum_t)(x * w);
                            } else {
                                acc += x * w;
                            }
                        }
                    }
                }
                res[(oh * CONFIG_T::out_width + ow) * CONFIG_T::n_filt + co] = acc;
            }
        }
    }
}

template <class data_T, class res_T, typename CONFIG_T>
void depthwise_conv_2d_cl(const data_T data[CONFIG_T::in_height * CONFIG_T::in_width * CONFIG_T::n_chan],
                          res_T res[CONFIG_T::out_height * CONFIG_T::out_width * CONFIG_T::n_filt],
                          const typename CONFIG_T::weight_t weights[CONFIG_T::filt_height * CONFIG_T::filt_width * CONFIG_T::n_filt],
                          const typename CONFIG_T::bias_t biases[CONFIG_T::n_filt]) {
    NNET_HLS_PRAGMA("HLS PIPELINE II=CONFIG_T::reuse_factor")
    NNET_HLS_PRAGMA("HLS ARRAY_PARTITION variable=data complete")
    NNET_HLS_PRAGMA("HLS ARRAY_PARTITION variable=res complete")
    NNET_HLS_PRAGMA("HLS ARRAY_PARTITION variable=weights complete")
    NNET_HLS_PRAGMA("HLS ARRAY_PARTITION variable=biases complete")
    NNET_HLS_PRAGMA("HLS ALLOCATION operation instances=mul limit=CONFIG_T::multiplier_limit")
    const int mult = CONFIG_T::depth_multiplier;
    for (int oh = 0; oh < CONFIG_T::out_height; oh++) {
        for (int ow = 0; ow < CONFIG_T::out_width; ow++) {
            for (int co = 0; co < CONFIG_T::n_filt; co++) {
                const int c = co / mult;
                const int m = co % mult;
                typename CONFIG_T::accum_t acc = biases[co];
                for (int kh = 0; kh < CONFIG_T::filt_height; kh++) {
                    const int ih = oh * CONFIG_T::stride_height - CONFIG_T::pad_top + kh * CONFIG_T::dilation_height;
                    if (ih < 0 || ih >= CONFIG_T::in_height) continue;
                    for (int kw = 0; kw < CONFIG_T::filt_width; kw++) {
                        const int iw = ow * CONFIG_T::stride_width - CONFIG_T::pad_left + kw * CONFIG_T::dilation_width;
                        if (iw < 0 || iw >= CONFIG_T::in_width) continue;
                        const data_T x = data[(ih * CONFIG_T::in_width + iw) * CONFIG_T::n_chan + c];
                        const typename CONFIG_T::weight_t w = weights[((kh * CONFIG_T::filt_width + kw) * CONFIG_T::n_chan + c) * mult + m];
                        if (w == 0) continue; // a pruned weight: no multiplier (x*0 would add an exact zero)
                        if (CONFIG_T::store_products) {
                            acc += (typename CONFIG_T::accum_t)(x * w);
                        } else {
                            acc += x * w;
                        }
                    }
                }
                res[(oh * CONFIG_T::out_width + ow) * CONFIG_T::n_filt + co] = acc;
            }
        }
    }
}

} // namespace nnet

#endif
