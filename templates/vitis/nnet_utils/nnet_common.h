// Hls4Net: common definitions for the nnet kernels (own code, C++14).
#ifndef NNET_COMMON_H_
#define NNET_COMMON_H_

#include "ap_fixed.h"
#include "ap_int.h"

// HLS directives only reach the synthesis tool; g++ (C simulation, -Wall -Werror) never sees them.
#ifdef __SYNTHESIS__
#define NNET_PRAGMA(x) _Pragma(x)
#else
#define NNET_PRAGMA(x)
#endif

namespace nnet {

// Implementation strategy of a layer (CONFIG_T::strategy).
enum strategy { latency = 0, resource = 1 };

// A value of type T whose raw stored integer is raw (value = raw * 2^-F). Exact for any T up to 64 bits.
template <class T> inline T fixed_from_raw(long long raw) {
    T v;
    v.range(T::width - 1, 0) = raw;
    return v;
}

// Number of iterations of a reuse loop: ceil(n / reuse_factor).
constexpr unsigned ceil_div(unsigned n, unsigned d) { return (n + d - 1) / d; }

// Flatten / Reshape in io_parallel: the row-major elements are unchanged; each one is stored into res_T
// (a bitwise copy when the types are equal). Config fields: n_in. Mirrored by ReshapeKernel.cs.
template <class data_T, class res_T, typename CONFIG_T>
void copy_cast(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in]) {
    NNET_PRAGMA("HLS INLINE")
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_PRAGMA("HLS UNROLL")
        res[i] = data[i];
    }
}

} // namespace nnet

#endif
