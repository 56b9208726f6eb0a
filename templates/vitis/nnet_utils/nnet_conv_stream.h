// Hls4Net: 1-D / 2-D convolutions (regular and depthwise), channels last, io_stream (own code, C++14).
// Line-buffer schedule of nnet_window_stream.h; every output value is computed with the loop order and types of
// nnet_conv2d.h (bias, then kh, kw, ci over the taps inside the input, each += stored into accum_t, the result
// into res_T; with store_products each product first stored into accum_t), so io_stream and io_parallel give the
// same bits. Input element = n_chan values of one pixel,
// output element = n_filt values. Config: the conv_config fields of nnet_conv2d.h (1-D: height 1).
#ifndef NNET_CONV_STREAM_H_
#define NNET_CONV_STREAM_H_

#include "nnet_conv2d.h"
#include "nnet_window_stream.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void conv_2d_cl_stream(hls::stream<data_T> &data, hls::stream<res_T> &res,
                       const typename CONFIG_T::weight_t weights[CONFIG_T::filt_height * CONFIG_T::filt_width * CONFIG_T::n_chan * CONFIG_T::n_filt],
                       const typename CONFIG_T::bias_t biases[CONFIG_T::n_filt]) {
    static_assert(data_T::size == CONFIG_T::n_chan && res_T::size == CONFIG_T::n_filt, "element sizes must be n_chan / n_filt");
    const int rows = (CONFIG_T::filt_height - 1) * CONFIG_T::dilation_height + 1;
    typename data_T::value_type line[rows][CONFIG_T::in_width][CONFIG_T::n_chan];
    int oh = 0, ow = 0;
    for (int ih = 0; ih < CONFIG_T::in_height; ih++) {
        for (int iw = 0; iw < CONFIG_T::in_width; iw++) {
            NNET_PRAGMA("HLS PIPELINE II=CONFIG_T::reuse_factor")
            const data_T px = data.read();
            for (int c = 0; c < CONFIG_T::n_chan; c++) line[ih % rows][iw][c] = px[c];
            while (oh < CONFIG_T::out_height &&
                   window_detail::window_ready<CONFIG_T, CONFIG_T::dilation_height, CONFIG_T::dilation_width>(oh, ow, ih, iw)) {
                res_T out;
                for (int co = 0; co < CONFIG_T::n_filt; co++) {
                    typename CONFIG_T::accum_t acc = biases[co];
                    for (int kh = 0; kh < CONFIG_T::filt_height; kh++) {
                        const int y = oh * CONFIG_T::stride_height - CONFIG_T::pad_top + kh * CONFIG_T::dilation_height;
                        if (y < 0 || y >= CONFIG_T::in_height) continue;
                        for (int kw = 0; kw < CONFIG_T::filt_width; kw++) {
                            const int x = ow * CONFIG_T::stride_width - CONFIG_T::pad_left + kw * CONFIG_T::dilation_width;
                            if (x < 0 || x >= CONFIG_T::in_width) continue;
                            for (int ci = 0; ci < CONFIG_T::n_chan; ci++) {
                                const typename data_T::value_type v = line[y % rows][x][ci];
                                const typename CONFIG_T::weight_t w =
                                    weights[((kh * CONFIG_T::filt_width + kw) * CONFIG_T::n_chan + ci) * CONFIG_T::n_filt + co];
                                if (w == 0) continue; // a pruned weight: no multiplier (x*0 would add an exact zero)
                                if (CONFIG_T::store_products) {
                                    acc += (typename CONFIG_T::accum_t)(v * w);
                                } else {
                                    acc += v * w;
                                }
                            }
                        }
                    }
                    out[co] = acc;
                }
                res.write(out);
                if (++ow == CONFIG_T::out_width) {
                    ow = 0;
                    oh++;
                }
            }
        }
    }
}

template <class data_T, class res_T, typename CONFIG_T>
void depthwise_conv_2d_cl_stream(hls::stream<data_T> &data, hls::stream<res_T> &res,
                                 const typename CONFIG_T::weight_t weights[CONFIG_T::filt_height * CONFIG_T::filt_width * CONFIG_T::n_filt],
                                 const typename CONFIG_T::bias_t biases[CONFIG_T::n_filt]) {
    static_assert(data_T::size == CONFIG_T::n_chan && res_T::size == CONFIG_T::n_filt, "element sizes must be n_chan / n_filt");
    const int rows = (CONFIG_T::filt_height - 1) * CONFIG_T::dilation_height + 1;
    const int mult = CONFIG_T::depth_multiplier;
    typename data_T::value_type line[rows][CONFIG_T::in_width][CONFIG_T::n_chan];
    int oh = 0, ow = 0;
    for (int ih = 0; ih < CONFIG_T::in_height; ih++) {
        for (int iw = 0; iw < CONFIG_T::in_width; iw++) {
            NNET_PRAGMA("HLS PIPELINE II=CONFIG_T::reuse_factor")
            const data_T px = data.read();
            for (int c = 0; c < CONFIG_T::n_chan; c++) line[ih % rows][iw][c] = px[c];
            while (oh < CONFIG_T::out_height &&
                   window_detail::window_ready<CONFIG_T, CONFIG_T::dilation_height, CONFIG_T::dilation_width>(oh, ow, ih, iw)) {
                res_T out;
                for (int co = 0; co < CONFIG_T::n_filt; co++) {
                    const int c = co / mult;
                    const int m = co % mult;
                    typename CONFIG_T::accum_t acc = biases[co];
                    for (int kh = 0; kh < CONFIG_T::filt_height; kh++) {
                        const int y = oh * CONFIG_T::stride_height - CONFIG_T::pad_top + kh * CONFIG_T::dilation_height;
                        if (y < 0 || y >= CONFIG_T::in_height) continue;
                        for (int kw = 0; kw < CONFIG_T::filt_width; kw++) {
                            const int x = ow * CONFIG_T::stride_width - CONFIG_T::pad_left + kw * CONFIG_T::dilation_width;
                            if (x < 0 || x >= CONFIG_T::in_width) continue;
                            const typename data_T::value_type v = line[y % rows][x][c];
                            const typename CONFIG_T::weight_t w = weights[((kh * CONFIG_T::filt_width + kw) * CONFIG_T::n_chan + c) * mult + m];
                            if (w == 0) continue; // a pruned weight: no multiplier (x*0 would add an exact zero)
                            if (CONFIG_T::store_products) {
                                acc += (typename CONFIG_T::accum_t)(v * w);
                            } else {
                                acc += v * w;
                            }
                        }
                    }
                    out[co] = acc;
                }
                res.write(out);
                if (++ow == CONFIG_T::out_width) {
                    ow = 0;
                    oh++;
                }
            }
        }
    }
}

template <class data_T, class res_T, typename CONFIG_T>
void conv_1d_cl_stream(hls::stream<data_T> &data, hls::stream<res_T> &res,
                       const typename CONFIG_T::weight_t weights[CONFIG_T::filt_width * CONFIG_T::n_chan * CONFIG_T::n_filt],
                       const typename CONFIG_T::bias_t biases[CONFIG_T::n_filt]) {
    NNET_PRAGMA("HLS INLINE")
    conv_2d_cl_stream<data_T, res_T, CONFIG_T>(data, res, weights, biases);
}

template <class data_T, class res_T, typename CONFIG_T>
void depthwise_conv_1d_cl_stream(hls::stream<data_T> &data, hls::stream<res_T> &res,
                                 const typename CONFIG_T::weight_t weights[CONFIG_T::filt_width * CONFIG_T::n_filt],
                                 const typename CONFIG_T::bias_t biases[CONFIG_T::n_filt]) {
    NNET_PRAGMA("HLS INLINE")
    depthwise_conv_2d_cl_stream<data_T, res_T, CONFIG_T>(data, res, weights, biases);
}

} // namespace nnet

#endif
