// Hls4Net: element-wise activations in io_stream (own code, C++14). Every stream element is passed through the
// io_parallel kernel of nnet_activation.h / nnet_activation_table.h (pack_config: n_in = values per element), so
// each value gets exactly the same arithmetic. PReLU indexes its slopes by the value's position in the tensor.
// Config fields: those of the io_parallel kernels; n_in is the number of values per sample.
#ifndef NNET_ACTIVATION_STREAM_H_
#define NNET_ACTIVATION_STREAM_H_

#include "nnet_activation.h"
#include "nnet_activation_table.h"
#include "nnet_stream.h"

namespace nnet {

// Defines <fn>_stream(data, res) from the io_parallel kernel <fn>(data[], res[]).
#define NNET_ELEMENTWISE_STREAM_KERNEL(fn)                                                                         \
    template <class data_T, class res_T, typename CONFIG_T> void fn##_stream(hls::stream<data_T> &data, hls::stream<res_T> &res) { \
        static_assert(data_T::size == res_T::size && CONFIG_T::n_in % data_T::size == 0, "element sizes do not match"); \
        for (unsigned e = 0; e < CONFIG_T::n_in / data_T::size; e++) {                                             \
            NNET_PRAGMA("HLS PIPELINE")                                                                            \
            const data_T in = data.read();                                                                         \
            res_T out;                                                                                             \
            fn<typename data_T::value_type, typename res_T::value_type, pack_config<CONFIG_T, data_T::size> >(in.data, out.data); \
            res.write(out);                                                                                        \
        }                                                                                                          \
    }

NNET_ELEMENTWISE_STREAM_KERNEL(linear)
NNET_ELEMENTWISE_STREAM_KERNEL(relu)
NNET_ELEMENTWISE_STREAM_KERNEL(leaky_relu)
NNET_ELEMENTWISE_STREAM_KERNEL(thresholded_relu)
NNET_ELEMENTWISE_STREAM_KERNEL(bounded_relu)
NNET_ELEMENTWISE_STREAM_KERNEL(hard_sigmoid)
NNET_ELEMENTWISE_STREAM_KERNEL(binary_tanh)
NNET_ELEMENTWISE_STREAM_KERNEL(ternary_tanh)

#undef NNET_ELEMENTWISE_STREAM_KERNEL

template <class data_T, class res_T, typename CONFIG_T>
void activation_table_stream(hls::stream<data_T> &data, hls::stream<res_T> &res, const typename CONFIG_T::table_t table[CONFIG_T::table_size]) {
    static_assert(data_T::size == res_T::size && CONFIG_T::n_in % data_T::size == 0, "element sizes do not match");
    for (unsigned e = 0; e < CONFIG_T::n_in / data_T::size; e++) {
        NNET_PRAGMA("HLS PIPELINE")
        const data_T in = data.read();
        res_T out;
        activation_table<typename data_T::value_type, typename res_T::value_type, pack_config<CONFIG_T, data_T::size> >(in.data, out.data, table);
        res.write(out);
    }
}

// res = x > 0 ? x : x * alpha[k % n_alpha], k = position of the value in the tensor (as nnet::prelu).
template <class data_T, class res_T, typename CONFIG_T>
void prelu_stream(hls::stream<data_T> &data, hls::stream<res_T> &res, const typename CONFIG_T::param_t alpha[CONFIG_T::n_alpha]) {
    static_assert(data_T::size == res_T::size && CONFIG_T::n_in % data_T::size == 0, "element sizes do not match");
    for (unsigned e = 0; e < CONFIG_T::n_in / data_T::size; e++) {
        NNET_PRAGMA("HLS PIPELINE")
        const data_T in = data.read();
        res_T out;
        for (unsigned i = 0; i < data_T::size; i++) {
            NNET_PRAGMA("HLS UNROLL")
            const typename data_T::value_type x = in[i];
            if (x > 0) out[i] = x;
            else out[i] = x * alpha[(e * data_T::size + i) % CONFIG_T::n_alpha];
        }
        res.write(out);
    }
}

} // namespace nnet

#endif
