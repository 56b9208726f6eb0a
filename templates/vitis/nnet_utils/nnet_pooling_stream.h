// Hls4Net: max / average (and global) pooling, channels last, io_stream (own code, C++14). Line-buffer schedule
// of nnet_window_stream.h; every output value is computed exactly as in nnet_pooling.h (first tap then x > m for
// max; accum_t sum, real tap count, product with inv_t(1.0 / n) for average). Element = n_chan values of a pixel.
#ifndef NNET_POOLING_STREAM_H_
#define NNET_POOLING_STREAM_H_

#include "nnet_pooling.h"
#include "nnet_window_stream.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T> void pooling2d_cl_stream(hls::stream<data_T> &data, hls::stream<res_T> &res) {
    static_assert(data_T::size == CONFIG_T::n_chan && res_T::size == CONFIG_T::n_chan, "element sizes must be n_chan");
    typedef typename data_T::value_type value_t;
    const int rows = CONFIG_T::filt_height;
    value_t line[rows][CONFIG_T::in_width][CONFIG_T::n_chan];
    int oh = 0, ow = 0;
    for (int ih = 0; ih < CONFIG_T::in_height; ih++) {
        for (int iw = 0; iw < CONFIG_T::in_width; iw++) {
            NNET_PRAGMA("HLS PIPELINE II=CONFIG_T::reuse_factor")
            const data_T px = data.read();
            for (int c = 0; c < CONFIG_T::n_chan; c++) line[ih % rows][iw][c] = px[c];
            while (oh < CONFIG_T::out_height && window_detail::window_ready<CONFIG_T, 1, 1>(oh, ow, ih, iw)) {
                res_T out;
                for (int c = 0; c < CONFIG_T::n_chan; c++) {
                    value_t m = 0;
                    bool first = true;
                    typename CONFIG_T::accum_t acc = 0;
                    int n = 0;
                    for (int kh = 0; kh < CONFIG_T::filt_height; kh++) {
                        const int y = oh * CONFIG_T::stride_height - CONFIG_T::pad_top + kh;
                        if (y < 0 || y >= CONFIG_T::in_height) continue;
                        for (int kw = 0; kw < CONFIG_T::filt_width; kw++) {
                            const int x = ow * CONFIG_T::stride_width - CONFIG_T::pad_left + kw;
                            if (x < 0 || x >= CONFIG_T::in_width) continue;
                            const value_t v = line[y % rows][x][c];
                            if (CONFIG_T::pool_op == pool_max) {
                                if (first || v > m) m = v;
                                first = false;
                            } else {
                                acc += v;
                                n++;
                            }
                        }
                    }
                    if (CONFIG_T::pool_op == pool_max) {
                        out[c] = m;
                    } else {
                        if (CONFIG_T::count_include_pad) n = CONFIG_T::filt_height * CONFIG_T::filt_width;
                        const typename CONFIG_T::inv_t inv = 1.0 / n;
                        out[c] = acc * inv;
                    }
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

} // namespace nnet

#endif
