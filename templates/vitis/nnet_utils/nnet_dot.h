// Hls4Net: product of two activations (attention's Q*K^T, weights*V). Own code, mirrored bit for bit by DotKernel.cs.
//   For each group g of the leading axes and each output (i, j): accum_t acc = 0; for t in 0..k-1 in order:
//   acc += a(i, t) * b(t, j) (exact product, stored into accum_t per addition); res = acc (stored into res_T).
//   a(i, t) = a[g*m*k + (transpose_a ? t*m + i : i*k + t)], b(t, j) = b[g*k*n + (transpose_b ? j*k + t : t*n + j)].
// Config fields: n_groups, m, k, n, transpose_a, transpose_b, accum_t.
#ifndef NNET_DOT_H_
#define NNET_DOT_H_

#include "nnet_common.h"

namespace nnet {

template <class a_T, class b_T, class res_T, typename CONFIG_T>
void dot(const a_T a[CONFIG_T::n_groups * CONFIG_T::m * CONFIG_T::k],
         const b_T b[CONFIG_T::n_groups * CONFIG_T::k * CONFIG_T::n],
         res_T res[CONFIG_T::n_groups * CONFIG_T::m * CONFIG_T::n]) {
    for (unsigned g = 0; g < CONFIG_T::n_groups; g++) {
        for (unsigned i = 0; i < CONFIG_T::m; i++) {
            for (unsigned j = 0; j < CONFIG_T::n; j++) {
                NNET_PRAGMA("HLS PIPELINE II=1")
                typename CONFIG_T::accum_t acc = 0;
                for (unsigned t = 0; t < CONFIG_T::k; t++) {
                    const unsigned ia = g * CONFIG_T::m * CONFIG_T::k + (CONFIG_T::transpose_a ? t * CONFIG_T::m + i : i * CONFIG_T::k + t);
                    const unsigned ib = g * CONFIG_T::k * CONFIG_T::n + (CONFIG_T::transpose_b ? j * CONFIG_T::k + t : t * CONFIG_T::n + j);
                    acc += a[ia] * b[ib];
                }
                res[(g * CONFIG_T::m + i) * CONFIG_T::n + j] = acc;
            }
        }
    }
}

} // namespace nnet

#endif
