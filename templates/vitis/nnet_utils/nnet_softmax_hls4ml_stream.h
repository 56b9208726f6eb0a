// Hls4Net: hls4ml's table softmaxes in io_stream (own code, C++14). One stream element is one row, passed through
// nnet::softmax_stable / softmax_latency / softmax_legacy unchanged (the same values as io_parallel).
// Config fields: those of the io_parallel function plus n_rows.
#ifndef NNET_SOFTMAX_HLS4ML_STREAM_H_
#define NNET_SOFTMAX_HLS4ML_STREAM_H_

#include "nnet_softmax_hls4ml.h"
#include "nnet_stream.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void softmax_stable_stream(hls::stream<data_T> &data, hls::stream<res_T> &res,
                           const typename CONFIG_T::exp_table_t exp_table[CONFIG_T::exp_table_size],
                           const typename CONFIG_T::inv_table_t inv_table[CONFIG_T::inv_table_size]) {
    static_assert(data_T::size == CONFIG_T::n_in && res_T::size == CONFIG_T::n_in, "element size must be n_in");
    for (unsigned r = 0; r < CONFIG_T::n_rows; r++) {
        const data_T in = data.read();
        res_T out;
        softmax_stable<typename data_T::value_type, typename res_T::value_type, CONFIG_T>(in.data, out.data, exp_table, inv_table);
        res.write(out);
    }
}

template <class data_T, class res_T, typename CONFIG_T>
void softmax_latency_stream(hls::stream<data_T> &data, hls::stream<res_T> &res,
                            const typename CONFIG_T::exp_table_t exp_table[CONFIG_T::exp_table_size],
                            const typename CONFIG_T::inv_table_t inv_table[CONFIG_T::inv_table_size]) {
    static_assert(data_T::size == CONFIG_T::n_in && res_T::size == CONFIG_T::n_in, "element size must be n_in");
    for (unsigned r = 0; r < CONFIG_T::n_rows; r++) {
        const data_T in = data.read();
        res_T out;
        softmax_latency<typename data_T::value_type, typename res_T::value_type, CONFIG_T>(in.data, out.data, exp_table, inv_table);
        res.write(out);
    }
}

template <class data_T, class res_T, typename CONFIG_T>
void softmax_legacy_stream(hls::stream<data_T> &data, hls::stream<res_T> &res,
                           const typename CONFIG_T::table_t exp_table[CONFIG_T::table_size],
                           const typename CONFIG_T::table_t inv_table[CONFIG_T::table_size]) {
    static_assert(data_T::size == CONFIG_T::n_in && res_T::size == CONFIG_T::n_in, "element size must be n_in");
    for (unsigned r = 0; r < CONFIG_T::n_rows; r++) {
        const data_T in = data.read();
        res_T out;
        softmax_legacy<typename data_T::value_type, typename res_T::value_type, CONFIG_T>(in.data, out.data, exp_table, inv_table);
        res.write(out);
    }
}

} // namespace nnet

#endif
