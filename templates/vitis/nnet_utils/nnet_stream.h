// Hls4Net: io_stream plumbing shared by all stream kernels (own code, C++14).
// - clone_stream: one FIFO read once, every element written to each copy (a FIFO has exactly one reader, so a
//   tensor used by several layers or also a graph output is cloned).
// - repack_stream: Flatten / Reshape / Identity; the row-major values are unchanged, only regrouped into the
//   output's elements, each value stored into the result type (same as nnet::copy_cast).
#ifndef NNET_STREAM_H_
#define NNET_STREAM_H_

#include "hls_stream.h"
#include "nnet_types.h"

namespace nnet {

namespace stream_detail {

template <class T> void write_all(const T &) {}

template <class T, class S, class... R> void write_all(const T &value, S &first, R &...rest) {
    first.write(value);
    write_all(value, rest...);
}

} // namespace stream_detail

// Copies the n_elem elements of data into every stream of copies (all of the same element type T).
template <class T, unsigned n_elem, class... S> void clone_stream(hls::stream<T> &data, S &...copies) {
    for (unsigned e = 0; e < n_elem; e++) {
        NNET_PRAGMA("HLS PIPELINE")
        const T value = data.read();
        stream_detail::write_all(value, copies...);
    }
}

// Config fields: n_in (values per sample).
template <class data_T, class res_T, typename CONFIG_T> void repack_stream(hls::stream<data_T> &data, hls::stream<res_T> &res) {
    static_assert(CONFIG_T::n_in % data_T::size == 0 && CONFIG_T::n_in % res_T::size == 0, "element sizes must divide n_in");
    res_T out;
    unsigned o = 0;
    for (unsigned e = 0; e < CONFIG_T::n_in / data_T::size; e++) {
        NNET_PRAGMA("HLS PIPELINE")
        const data_T in = data.read();
        for (unsigned i = 0; i < data_T::size; i++) {
            out[o] = in[i];
            o++;
            if (o == res_T::size) {
                res.write(out);
                o = 0;
            }
        }
    }
}

} // namespace nnet

#endif
