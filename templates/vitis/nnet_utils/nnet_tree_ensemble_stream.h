// Hls4Net: tree ensemble in io_stream (own code, C++14). One stream element is one sample's features (n_features
// values) in, its column scores (n_columns values) out, passed through nnet::tree_ensemble unchanged.
#ifndef NNET_TREE_ENSEMBLE_STREAM_H_
#define NNET_TREE_ENSEMBLE_STREAM_H_

#include "nnet_stream.h"
#include "nnet_tree_ensemble.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T>
void tree_ensemble_stream(hls::stream<data_T> &data, hls::stream<res_T> &res,
                          const typename CONFIG_T::index_t feature[CONFIG_T::n_trees * CONFIG_T::n_nodes],
                          const typename CONFIG_T::threshold_t threshold[CONFIG_T::n_trees * CONFIG_T::n_nodes],
                          const typename CONFIG_T::mode_t mode[CONFIG_T::n_trees * CONFIG_T::n_nodes],
                          const typename CONFIG_T::index_t child_true[CONFIG_T::n_trees * CONFIG_T::n_nodes],
                          const typename CONFIG_T::index_t child_false[CONFIG_T::n_trees * CONFIG_T::n_nodes],
                          const typename CONFIG_T::score_t value[CONFIG_T::n_trees * CONFIG_T::n_nodes * CONFIG_T::n_columns],
                          const typename CONFIG_T::score_t base[CONFIG_T::n_columns],
                          const typename CONFIG_T::index_t column_trees[CONFIG_T::n_columns * CONFIG_T::trees_per_column]) {
    static_assert(data_T::size == CONFIG_T::n_features, "input element size must be n_features");
    static_assert(res_T::size == CONFIG_T::n_columns, "output element size must be n_columns");
    const data_T in = data.read();
    res_T out;
    tree_ensemble<typename data_T::value_type, typename res_T::value_type, CONFIG_T>(
        in.data, out.data, feature, threshold, mode, child_true, child_false, value, base, column_trees);
    res.write(out);
}

} // namespace nnet

#endif
