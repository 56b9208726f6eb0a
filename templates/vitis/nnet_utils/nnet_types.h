// Hls4Net: the element type of io_stream FIFOs (own code, C++14).
// nnet::array<T, N> packs N values of T that travel through one hls::stream element. Packing rule of the
// generated designs (docs/io-stream.md): one element per row along the last axis, i.e. one pixel (all
// channels) of a channels-last [h, w, c] or [l, c] tensor, and the whole tensor for a rank-1 tensor.
#ifndef NNET_TYPES_H_
#define NNET_TYPES_H_

#include "nnet_common.h"

namespace nnet {

template <class T, unsigned N> struct array {
    typedef T value_type;
    static const unsigned size = N;

    T data[N];

    T &operator[](unsigned i) { return data[i]; }
    const T &operator[](unsigned i) const { return data[i]; }
};

// A layer config seen by an io_parallel kernel that processes one stream element of N values: n_in / n_elem
// (the kernels' loop bounds) become N, every other field (types, constants) is CONFIG_T's.
template <typename CONFIG_T, unsigned N> struct pack_config : CONFIG_T {
    static const unsigned n_in = N;
    static const int n_elem = N;
};

} // namespace nnet

#endif
