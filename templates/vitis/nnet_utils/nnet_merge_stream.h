// Hls4Net: merges in io_stream (own code, C++14).
// Element-wise (Add, Subtract, Multiply, Average, Maximum, Minimum): equally shaped inputs have equal elements;
// one element of each input goes through the io_parallel kernel of nnet_merge.h (pack_config: n_elem = values
// per element), so every value gets the same arithmetic. Config: n_elem (values per sample), inv_t.
// Concatenate (two inputs): values are taken in the order of nnet::concatenate (for each of n_outer blocks,
// n_block1 values of input 1 then n_block2 of input 2) and regrouped into output elements.
#ifndef NNET_MERGE_STREAM_H_
#define NNET_MERGE_STREAM_H_

#include "nnet_merge.h"
#include "nnet_stream.h"

namespace nnet {

// Defines <fn>_stream(res, data...) from the io_parallel kernel <fn>(res[], data[]...). The inputs are distinct
// FIFOs (a tensor used twice is cloned first), so the order in which their elements are read does not matter.
#define NNET_MERGE_STREAM_KERNEL(fn)                                                                               \
    template <class res_T, typename CONFIG_T, class... P> void fn##_element(hls::stream<res_T> &res, const P &...in) { \
        res_T out;                                                                                                 \
        fn<typename res_T::value_type, pack_config<CONFIG_T, res_T::size> >(out.data, in.data...);                \
        res.write(out);                                                                                            \
    }                                                                                                              \
    template <class res_T, typename CONFIG_T, class... data_T> void fn##_stream(hls::stream<res_T> &res, hls::stream<data_T> &...data) { \
        static_assert(CONFIG_T::n_elem % res_T::size == 0, "element size must divide n_elem");                     \
        for (int e = 0; e < CONFIG_T::n_elem / (int)res_T::size; e++) {                                           \
            NNET_PRAGMA("HLS PIPELINE")                                                                            \
            fn##_element<res_T, CONFIG_T>(res, data.read()...);                                                    \
        }                                                                                                          \
    }

NNET_MERGE_STREAM_KERNEL(merge_add)
NNET_MERGE_STREAM_KERNEL(merge_subtract)
NNET_MERGE_STREAM_KERNEL(merge_multiply)
NNET_MERGE_STREAM_KERNEL(merge_average)
NNET_MERGE_STREAM_KERNEL(merge_maximum)
NNET_MERGE_STREAM_KERNEL(merge_minimum)

#undef NNET_MERGE_STREAM_KERNEL

template <class data1_T, class data2_T, class res_T, typename CONFIG_T>
void concatenate_stream(hls::stream<data1_T> &data1, hls::stream<data2_T> &data2, hls::stream<res_T> &res) {
    static_assert(CONFIG_T::n_block1 % data1_T::size == 0 && CONFIG_T::n_block2 % data2_T::size == 0, "blocks must be whole elements");
    res_T out;
    unsigned o = 0;
    for (int i = 0; i < CONFIG_T::n_outer; i++) {
        for (int j = 0; j < CONFIG_T::n_block1 / (int)data1_T::size; j++) {
            const data1_T in = data1.read();
            for (unsigned k = 0; k < data1_T::size; k++) {
                out[o] = in[k];
                if (++o == res_T::size) {
                    res.write(out);
                    o = 0;
                }
            }
        }
        for (int j = 0; j < CONFIG_T::n_block2 / (int)data2_T::size; j++) {
            const data2_T in = data2.read();
            for (unsigned k = 0; k < data2_T::size; k++) {
                out[o] = in[k];
                if (++o == res_T::size) {
                    res.write(out);
                    o = 0;
                }
            }
        }
    }
}

} // namespace nnet

#endif
