// Hls4Net: max / average pooling, channels last, io_parallel (own code). 1-D pooling and global pooling use the
// same kernel (height 1; one window covering everything). Mirrored exactly by PoolEngine.cs:
//   for oh, for ow, for c: over the taps kh, kw that lie inside the input (padding never takes part)
//     max:     m = first tap; if (x > m) m = x;  res = m;
//     average: accum_t acc = 0; acc += x per tap (stored into accum_t); n = real taps (filt_height*filt_width
//              when count_include_pad); res = acc * inv_t(1.0 / n)  (exact product, stored into res_T).
// Config fields (int): in_height, in_width, n_chan, out_height, out_width, filt_height, filt_width, stride_height,
// stride_width, pad_top, pad_left, pool_op (0 max, 1 average), count_include_pad, reuse_factor;
// typedefs accum_t, inv_t.
#ifndef NNET_POOLING_H_
#define NNET_POOLING_H_

#include "ap_fixed.h"
#include "nnet_layout_pragma.h"

namespace nnet {

enum pool_op_kind { pool_max = 0, pool_average = 1 };

template <class data_T, class res_T, typename CONFIG_T>
void pooling2d_cl(const data_T data[CONFIG_T::in_height * CONFIG_T::in_width * CONFIG_T::n_chan],
                  res_T res[CONFIG_T::out_height * CONFIG_T::out_width * CONFIG_T::n_chan]) {
    NNET_HLS_PRAGMA("HLS PIPELINE II=CONFIG_T::reuse_factor")
    NNET_HLS_PRAGMA("HLS ARRAY_PARTITION variable=data complete")
    NNET_HLS_PRAGMA("HLS ARRAY_PARTITION variable=res complete")
    for (int oh = 0; oh < CONFIG_T::out_height; oh++) {
        for (int ow = 0; ow < CONFIG_T::out_width; ow++) {
            for (int c = 0; c < CONFIG_T::n_chan; c++) {
                data_T m = 0;
                bool first = true;
                typename CONFIG_T::accum_t acc = 0;
                int n = 0;
                for (int kh = 0; kh < CONFIG_T::filt_height; kh++) {
                    const int ih = oh * CONFIG_T::stride_height - CONFIG_T::pad_top + kh;
                    if (ih < 0 || ih >= CONFIG_T::in_height) continue;
                    for (int kw = 0; kw < CONFIG_T::filt_width; kw++) {
                        const int iw = ow * CONFIG_T::stride_width - CONFIG_T::pad_left + kw;
                        if (iw < 0 || iw >= CONFIG_T::in_width) continue;
                        const data_T x = data[(ih * CONFIG_T::in_width + iw) * CONFIG_T::n_chan + c];
                        if (CONFIG_T::pool_op == pool_max) {
                            if (first || x > m) m = x;
                            first = false;
                        } else {
                            acc += x;
                            n++;
                        }
                    }
                }
                const int o = (oh * CONFIG_T::out_width + ow) * CONFIG_T::n_chan + c;
                if (CONFIG_T::pool_op == pool_max) {
                    res[o] = m;
                } else {
                    if (CONFIG_T::count_include_pad) n = CONFIG_T::filt_height * CONFIG_T::filt_width;
                    const typename CONFIG_T::inv_t inv = 1.0 / n;
                    res[o] = acc * inv;
                }
            }
        }
    }
}

} // namespace nnet

#endif
