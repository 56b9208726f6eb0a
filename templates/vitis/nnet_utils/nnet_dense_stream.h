// Hls4Net: fully connected layer in io_stream (own code, C++14). Dense acts on the last axis, and one stream
// element is one row along that axis, so each of the n_rows elements goes through nnet::dense unchanged
// (same sums in the same order as io_parallel). Config fields: those of nnet::dense plus n_rows.
#ifndef NNET_DENSE_STREAM_H_
#define NNET_DENSE_STREAM_H_

#include "nnet_dense.h"
#include "nnet_stream.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void dense_stream(hls::stream<data_T> &data, hls::stream<res_T> &res, const typename CONFIG_T::weight_t weights[CONFIG_T::n_in * CONFIG_T::n_out],
                  const typename CONFIG_T::bias_t biases[CONFIG_T::n_out]) {
    static_assert(data_T::size == CONFIG_T::n_in && res_T::size == CONFIG_T::n_out, "element sizes must be n_in / n_out");
    for (unsigned r = 0; r < CONFIG_T::n_rows; r++) {
        const data_T in = data.read();
        res_T out;
        dense<typename data_T::value_type, typename res_T::value_type, CONFIG_T>(in.data, out.data, weights, biases);
        res.write(out);
    }
}

// Resource with compressed weight storage (pruned layers, nnet::dense_compressed): the same per row.
template <class data_T, class res_T, typename CONFIG_T>
void dense_compressed_stream(hls::stream<data_T> &data, hls::stream<res_T> &res,
                             const typename CONFIG_T::weight_t weights[CONFIG_T::n_nonzeros],
                             const typename CONFIG_T::index_t rows[CONFIG_T::n_nonzeros],
                             const typename CONFIG_T::index_t cols[CONFIG_T::n_nonzeros],
                             const typename CONFIG_T::bias_t biases[CONFIG_T::n_out]) {
    static_assert(data_T::size == CONFIG_T::n_in && res_T::size == CONFIG_T::n_out, "element sizes must be n_in / n_out");
    for (unsigned r = 0; r < CONFIG_T::n_rows; r++) {
        const data_T in = data.read();
        res_T out;
        dense_compressed<typename data_T::value_type, typename res_T::value_type, CONFIG_T>(in.data, out.data, weights, rows, cols, biases);
        res.write(out);
    }
}

} // namespace nnet

#endif
