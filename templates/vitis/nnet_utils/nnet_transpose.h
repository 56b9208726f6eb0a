// Hls4Net: axis permutation of a row-major tensor of rank up to 4, io_parallel (own code). Lower ranks are given
// as rank 4 with leading axes of size 1. Output axis i is input axis perm_i (numpy.transpose): out[o0,o1,o2,o3] =
// in[j] with j[perm_i] = o_i. Each value is stored into res_T. Mirrored by TransposeKernel.cs.
// Config fields (int): dim0..dim3 (input shape), perm0..perm3.
#ifndef NNET_TRANSPOSE_H_
#define NNET_TRANSPOSE_H_

#include "ap_fixed.h"
#include "nnet_layout_pragma.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void transpose(const data_T data[CONFIG_T::dim0 * CONFIG_T::dim1 * CONFIG_T::dim2 * CONFIG_T::dim3],
               res_T res[CONFIG_T::dim0 * CONFIG_T::dim1 * CONFIG_T::dim2 * CONFIG_T::dim3]) {
    NNET_HLS_PRAGMA("HLS PIPELINE")
    const int in_dims[4] = {CONFIG_T::dim0, CONFIG_T::dim1, CONFIG_T::dim2, CONFIG_T::dim3};
    const int perm[4] = {CONFIG_T::perm0, CONFIG_T::perm1, CONFIG_T::perm2, CONFIG_T::perm3};
    int in_strides[4];
    in_strides[3] = 1;
    for (int a = 2; a >= 0; a--) in_strides[a] = in_strides[a + 1] * in_dims[a + 1];
    const int o0 = in_dims[perm[0]], o1 = in_dims[perm[1]], o2 = in_dims[perm[2]], o3 = in_dims[perm[3]];
    int o = 0;
    for (int i0 = 0; i0 < o0; i0++) {
        for (int i1 = 0; i1 < o1; i1++) {
            for (int i2 = 0; i2 < o2; i2++) {
                for (int i3 = 0; i3 < o3; i3++) {
                    const int j = i0 * in_strides[perm[0]] + i1 * in_strides[perm[1]] + i2 * in_strides[perm[2]] + i3 * in_strides[perm[3]];
                    res[o++] = data[j];
                }
            }
        }
    }
}

} // namespace nnet

#endif
