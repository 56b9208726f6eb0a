// Hls4Net: nearest-neighbour upsampling by integer factors, channels last, io_parallel (own code). 1-D uses
// height 1 (scale_height = 1). out[oh, ow, c] = in[oh / scale_height, ow / scale_width, c], stored into res_T.
// Mirrored by UpsampleKernel.cs. Config fields (int): in_height, in_width, n_chan, scale_height, scale_width.
#ifndef NNET_UPSAMPLE_H_
#define NNET_UPSAMPLE_H_

#include "ap_fixed.h"
#include "nnet_layout_pragma.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void upsample2d_cl(const data_T data[CONFIG_T::in_height * CONFIG_T::in_width * CONFIG_T::n_chan],
                   res_T res[CONFIG_T::in_height * CONFIG_T::scale_height * CONFIG_T::in_width * CONFIG_T::scale_width * CONFIG_T::n_chan]) {
    NNET_HLS_PRAGMA("HLS PIPELINE")
    const int out_width = CONFIG_T::in_width * CONFIG_T::scale_width;
    for (int oh = 0; oh < CONFIG_T::in_height * CONFIG_T::scale_height; oh++) {
        for (int ow = 0; ow < out_width; ow++) {
            const int ih = oh / CONFIG_T::scale_height;
            const int iw = ow / CONFIG_T::scale_width;
            for (int c = 0; c < CONFIG_T::n_chan; c++) {
                res[(oh * out_width + ow) * CONFIG_T::n_chan + c] = data[(ih * CONFIG_T::in_width + iw) * CONFIG_T::n_chan + c];
            }
        }
    }
}

} // namespace nnet

#endif
