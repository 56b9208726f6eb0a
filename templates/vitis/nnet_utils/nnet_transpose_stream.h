// Hls4Net: io_stream Transpose (own code, C++14). A transpose needs the whole tensor before its first output
// element, so this kernel buffers one sample, runs the io_parallel nnet::transpose on it (same bits), and
// streams the permuted values out in the output's packing. Used at a channels-first graph input, where the
// layout change cannot be folded away.
#ifndef NNET_TRANSPOSE_STREAM_H_
#define NNET_TRANSPOSE_STREAM_H_

#include "hls_stream.h"
#include "nnet_transpose.h"
#include "nnet_types.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void transpose_stream(hls::stream<data_T> &data, hls::stream<res_T> &res) {
    const unsigned n = CONFIG_T::dim0 * CONFIG_T::dim1 * CONFIG_T::dim2 * CONFIG_T::dim3;
    typename data_T::value_type in[n];
    typename res_T::value_type out[n];
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=in complete")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=out complete")
    for (unsigned e = 0; e < n / data_T::size; e++) {
        NNET_PRAGMA("HLS PIPELINE")
        const data_T element = data.read();
        for (unsigned i = 0; i < data_T::size; i++) in[e * data_T::size + i] = element[i];
    }
    transpose<typename data_T::value_type, typename res_T::value_type, CONFIG_T>(in, out);
    for (unsigned e = 0; e < n / res_T::size; e++) {
        NNET_PRAGMA("HLS PIPELINE")
        res_T element;
        for (unsigned i = 0; i < res_T::size; i++) element[i] = out[e * res_T::size + i];
        res.write(element);
    }
}

} // namespace nnet

#endif
