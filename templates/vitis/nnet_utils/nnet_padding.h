// Hls4Net: zero padding and cropping of the spatial axes, channels last, io_parallel (own code). 1-D layers use
// height 1 (pad_top = pad_bottom = crop_top = 0). Every copied value is stored into res_T; padding is 0.
// Mirrored by ZeroPadKernel.cs / CropKernel.cs.
// zeropad config: in_height, in_width, n_chan, out_height, out_width, pad_top, pad_left.
// crop config:    in_height, in_width, n_chan, out_height, out_width, crop_top, crop_left.
#ifndef NNET_PADDING_H_
#define NNET_PADDING_H_

#include "ap_fixed.h"
#include "nnet_layout_pragma.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void zeropad2d_cl(const data_T data[CONFIG_T::in_height * CONFIG_T::in_width * CONFIG_T::n_chan],
                  res_T res[CONFIG_T::out_height * CONFIG_T::out_width * CONFIG_T::n_chan]) {
    NNET_HLS_PRAGMA("HLS PIPELINE")
    for (int oh = 0; oh < CONFIG_T::out_height; oh++) {
        for (int ow = 0; ow < CONFIG_T::out_width; ow++) {
            const int ih = oh - CONFIG_T::pad_top;
            const int iw = ow - CONFIG_T::pad_left;
            const bool inside = ih >= 0 && ih < CONFIG_T::in_height && iw >= 0 && iw < CONFIG_T::in_width;
            for (int c = 0; c < CONFIG_T::n_chan; c++) {
                const int o = (oh * CONFIG_T::out_width + ow) * CONFIG_T::n_chan + c;
                if (inside) {
                    res[o] = data[(ih * CONFIG_T::in_width + iw) * CONFIG_T::n_chan + c];
                } else {
                    res[o] = 0;
                }
            }
        }
    }
}

template <class data_T, class res_T, typename CONFIG_T>
void crop2d_cl(const data_T data[CONFIG_T::in_height * CONFIG_T::in_width * CONFIG_T::n_chan],
               res_T res[CONFIG_T::out_height * CONFIG_T::out_width * CONFIG_T::n_chan]) {
    NNET_HLS_PRAGMA("HLS PIPELINE")
    for (int oh = 0; oh < CONFIG_T::out_height; oh++) {
        for (int ow = 0; ow < CONFIG_T::out_width; ow++) {
            const int ih = oh + CONFIG_T::crop_top;
            const int iw = ow + CONFIG_T::crop_left;
            for (int c = 0; c < CONFIG_T::n_chan; c++) {
                res[(oh * CONFIG_T::out_width + ow) * CONFIG_T::n_chan + c] = data[(ih * CONFIG_T::in_width + iw) * CONFIG_T::n_chan + c];
            }
        }
    }
}

} // namespace nnet

#endif
