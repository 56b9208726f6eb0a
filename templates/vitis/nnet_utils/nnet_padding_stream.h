// Hls4Net: zero padding and cropping of the spatial axes, channels last, io_stream (own code, C++14). Pixels
// (elements of n_chan values) pass in row-major order; every copied value is stored into res_T, padding is 0,
// as in nnet_padding.h. Config: the padding_config fields of nnet_padding.h.
#ifndef NNET_PADDING_STREAM_H_
#define NNET_PADDING_STREAM_H_

#include "nnet_padding.h"
#include "nnet_stream.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T> void zeropad2d_cl_stream(hls::stream<data_T> &data, hls::stream<res_T> &res) {
    static_assert(data_T::size == CONFIG_T::n_chan && res_T::size == CONFIG_T::n_chan, "element sizes must be n_chan");
    for (int oh = 0; oh < CONFIG_T::out_height; oh++) {
        for (int ow = 0; ow < CONFIG_T::out_width; ow++) {
            NNET_PRAGMA("HLS PIPELINE")
            const int ih = oh - CONFIG_T::pad_top;
            const int iw = ow - CONFIG_T::pad_left;
            const bool inside = ih >= 0 && ih < CONFIG_T::in_height && iw >= 0 && iw < CONFIG_T::in_width;
            res_T out;
            if (inside) {
                const data_T px = data.read();
                for (int c = 0; c < CONFIG_T::n_chan; c++) out[c] = px[c];
            } else {
                for (int c = 0; c < CONFIG_T::n_chan; c++) out[c] = 0;
            }
            res.write(out);
        }
    }
}

template <class data_T, class res_T, typename CONFIG_T> void crop2d_cl_stream(hls::stream<data_T> &data, hls::stream<res_T> &res) {
    static_assert(data_T::size == CONFIG_T::n_chan && res_T::size == CONFIG_T::n_chan, "element sizes must be n_chan");
    for (int ih = 0; ih < CONFIG_T::in_height; ih++) {
        for (int iw = 0; iw < CONFIG_T::in_width; iw++) {
            NNET_PRAGMA("HLS PIPELINE")
            const data_T px = data.read();
            const int oh = ih - CONFIG_T::crop_top;
            const int ow = iw - CONFIG_T::crop_left;
            if (oh < 0 || oh >= CONFIG_T::out_height || ow < 0 || ow >= CONFIG_T::out_width) continue;
            res_T out;
            for (int c = 0; c < CONFIG_T::n_chan; c++) out[c] = px[c];
            res.write(out);
        }
    }
}

} // namespace nnet

#endif
