// Hls4Net: embedding (table lookup). Own code, mirrored bit for bit by EmbeddingKernel.cs.
//   index = floor(data[i]) (the raw code shifted by the input's fraction bits); an index outside [0, vocab) reads
//   row 0; res[i*dim + j] = table[index*dim + j] (stored into res_T).
// Config fields: n_in, vocab, dim, in_frac, weight_t.
#ifndef NNET_EMBEDDING_H_
#define NNET_EMBEDDING_H_

#include "nnet_activation_table.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void embedding(const data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in * CONFIG_T::dim],
               const typename CONFIG_T::weight_t table[CONFIG_T::vocab * CONFIG_T::dim]) {
    for (unsigned i = 0; i < CONFIG_T::n_in; i++) {
        NNET_TABLE_PRAGMA("HLS UNROLL")
        auto r = table_detail::raw_code(data[i]);
        if (CONFIG_T::in_frac >= 0) r >>= CONFIG_T::in_frac;
        else r <<= -CONFIG_T::in_frac;
        unsigned index = 0;
        if (r >= 0 && r < (long long)CONFIG_T::vocab) index = (unsigned)r.to_int64();
        for (unsigned j = 0; j < CONFIG_T::dim; j++) {
            NNET_TABLE_PRAGMA("HLS UNROLL")
            res[i * CONFIG_T::dim + j] = table[index * CONFIG_T::dim + j];
        }
    }
}

} // namespace nnet

#endif
