// Hls4Net: softmax over the last axis in io_stream (own code, C++14). One stream element is one row, passed
// through nnet::softmax unchanged. Config fields: those of nnet::softmax plus n_rows.
#ifndef NNET_SOFTMAX_STREAM_H_
#define NNET_SOFTMAX_STREAM_H_

#include "nnet_softmax.h"
#include "nnet_stream.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void softmax_stream(hls::stream<data_T> &data, hls::stream<res_T> &res, const typename CONFIG_T::exp_table_t exp_table[CONFIG_T::table_size]) {
    static_assert(data_T::size == CONFIG_T::n_in && res_T::size == CONFIG_T::n_in, "element size must be n_in");
    for (unsigned r = 0; r < CONFIG_T::n_rows; r++) {
        const data_T in = data.read();
        res_T out;
        softmax<typename data_T::value_type, typename res_T::value_type, CONFIG_T>(in.data, out.data, exp_table);
        res.write(out);
    }
}

} // namespace nnet

#endif
