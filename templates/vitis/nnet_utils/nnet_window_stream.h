// Hls4Net: sliding-window schedule shared by the io_stream convolution and pooling kernels (own code, C++14).
//
// Input pixels (one stream element = all channels of one pixel) arrive in row-major order and are kept in a
// line buffer of `rows` = (filt_height-1)*dilation_height+1 input rows, row ih in slot ih % rows. Output pixel
// (oh, ow) reads input rows up to last_tap(oh) and columns up to last_tap(ow) (its window's last tap, clipped to
// the input); it is computed as soon as that pixel has arrived, in row-major output order. At that moment every
// row it reads is at most rows-1 rows back, so still in the buffer, and nothing it reads is missing. Windows that
// lie partly (or fully) in the padding simply skip those taps, exactly as the io_parallel kernels do.
#ifndef NNET_WINDOW_STREAM_H_
#define NNET_WINDOW_STREAM_H_

#include "nnet_stream.h"

namespace nnet {

namespace window_detail {

// The last input index read by output index o (window start o*stride-pad, extent span), clipped to in_size-1.
inline int last_tap(int o, int stride, int pad, int span, int in_size) {
    const int last = o * stride - pad + span;
    return last < in_size - 1 ? last : in_size - 1;
}

// Output pixel (oh, ow) can be computed once input pixel (ih, iw) has arrived.
template <typename CONFIG_T, int DIL_H, int DIL_W>
inline bool window_ready(int oh, int ow, int ih, int iw) {
    const int lr = last_tap(oh, CONFIG_T::stride_height, CONFIG_T::pad_top, (CONFIG_T::filt_height - 1) * DIL_H, CONFIG_T::in_height);
    const int lc = last_tap(ow, CONFIG_T::stride_width, CONFIG_T::pad_left, (CONFIG_T::filt_width - 1) * DIL_W, CONFIG_T::in_width);
    return lr < ih || (lr == ih && lc <= iw);
}

} // namespace window_detail

} // namespace nnet

#endif
