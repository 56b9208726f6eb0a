// Hls4Net: nearest-neighbour upsampling, channels last, io_stream (own code, C++14). One input row is buffered
// and written scale_height times, each pixel scale_width times: out[oh, ow] = in[oh / scale_height,
// ow / scale_width], stored into res_T, as in nnet_upsample.h. Config: the upsample_config fields.
#ifndef NNET_UPSAMPLE_STREAM_H_
#define NNET_UPSAMPLE_STREAM_H_

#include "nnet_stream.h"
#include "nnet_upsample.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T> void upsample2d_cl_stream(hls::stream<data_T> &data, hls::stream<res_T> &res) {
    static_assert(data_T::size == CONFIG_T::n_chan && res_T::size == CONFIG_T::n_chan, "element sizes must be n_chan");
    data_T row[CONFIG_T::in_width];
    for (int ih = 0; ih < CONFIG_T::in_height; ih++) {
        for (int iw = 0; iw < CONFIG_T::in_width; iw++) row[iw] = data.read();
        for (int sh = 0; sh < CONFIG_T::scale_height; sh++) {
            for (int ow = 0; ow < CONFIG_T::in_width * CONFIG_T::scale_width; ow++) {
                NNET_PRAGMA("HLS PIPELINE")
                res_T out;
                for (int c = 0; c < CONFIG_T::n_chan; c++) out[c] = row[ow / CONFIG_T::scale_width][c];
                res.write(out);
            }
        }
    }
}

} // namespace nnet

#endif
