// Hls4Net: tree ensemble (boosted decision trees, random forests; own code, C++14). Mirrored bit for bit by
// TreeEnsembleKernel.cs.
//
// Every tree is evaluated in parallel: a comparator array computes every node's comparison of its feature (data_T)
// with its threshold (threshold_t), exactly; path selection then walks `depth` steps from the root (a leaf points to
// itself, so the walk always ends on the tree's leaf). Per output column c, the leaf scores (score_t) of the column's
// trees (column_trees[c * trees_per_column + j]) are added by a balanced adder tree (tree_adder: the first n/2 and the
// other n - n/2 summed recursively, each sum stored into score_t), the base value is added (stored into score_t) and
// the total is stored into res_T. The post-transform (sigmoid, softmax) is the next layer.
//
// Config fields: n_features, n_columns, n_trees, n_nodes (per padded tree), depth, trees_per_column, threshold_t,
// score_t, index_t, mode_t. Node k = tree * n_nodes + i. Mode codes: 0 <=, 1 <, 2 >=, 3 >, 4 ==, 5 !=.
#ifndef NNET_TREE_ENSEMBLE_H_
#define NNET_TREE_ENSEMBLE_H_

#include "nnet_common.h"

namespace nnet {

// One node's comparison (the true child is taken when it holds).
template <class data_T, class thr_T> inline bool tree_compare(const data_T &x, const thr_T &t, int mode) {
    NNET_PRAGMA("HLS INLINE")
    switch (mode) {
    case 0: return x <= t;
    case 1: return x < t;
    case 2: return x >= t;
    case 3: return x > t;
    case 4: return x == t;
    default: return x != t;
    }
}

// Balanced adder tree over a[0 .. N): every partial sum is stored into T.
template <class T, unsigned N> struct tree_adder {
    static T sum(const T *a) {
        NNET_PRAGMA("HLS INLINE")
        const T left = tree_adder<T, N / 2>::sum(a);
        const T right = tree_adder<T, N - N / 2>::sum(a + N / 2);
        const T s = left + right;
        return s;
    }
};

template <class T> struct tree_adder<T, 1> {
    static T sum(const T *a) { return a[0]; }
};

template <class data_T, class res_T, typename CONFIG_T>
void tree_ensemble(const data_T data[CONFIG_T::n_features], res_T res[CONFIG_T::n_columns],
                   const typename CONFIG_T::index_t feature[CONFIG_T::n_trees * CONFIG_T::n_nodes],
                   const typename CONFIG_T::threshold_t threshold[CONFIG_T::n_trees * CONFIG_T::n_nodes],
                   const typename CONFIG_T::mode_t mode[CONFIG_T::n_trees * CONFIG_T::n_nodes],
                   const typename CONFIG_T::index_t child_true[CONFIG_T::n_trees * CONFIG_T::n_nodes],
                   const typename CONFIG_T::index_t child_false[CONFIG_T::n_trees * CONFIG_T::n_nodes],
                   const typename CONFIG_T::score_t value[CONFIG_T::n_trees * CONFIG_T::n_nodes * CONFIG_T::n_columns],
                   const typename CONFIG_T::score_t base[CONFIG_T::n_columns],
                   const typename CONFIG_T::index_t column_trees[CONFIG_T::n_columns * CONFIG_T::trees_per_column]) {
    NNET_PRAGMA("HLS PIPELINE II=1")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=data complete")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=res complete")
    typedef typename CONFIG_T::score_t score_t;
    unsigned leaf[CONFIG_T::n_trees];
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=leaf complete")
    for (unsigned t = 0; t < CONFIG_T::n_trees; t++) {
        NNET_PRAGMA("HLS UNROLL")
        bool go[CONFIG_T::n_nodes];
        NNET_PRAGMA("HLS ARRAY_PARTITION variable=go complete")
        for (unsigned i = 0; i < CONFIG_T::n_nodes; i++) {
            NNET_PRAGMA("HLS UNROLL")
            const unsigned k = t * CONFIG_T::n_nodes + i;
            go[i] = tree_compare(data[feature[k].to_int()], threshold[k], mode[k].to_int());
        }
        unsigned node = 0;
        for (unsigned d = 0; d < CONFIG_T::depth; d++) {
            NNET_PRAGMA("HLS UNROLL")
            const unsigned k = t * CONFIG_T::n_nodes + node;
            node = go[node] ? child_true[k].to_int() : child_false[k].to_int();
        }
        leaf[t] = node;
    }
    for (unsigned c = 0; c < CONFIG_T::n_columns; c++) {
        NNET_PRAGMA("HLS UNROLL")
        score_t scores[CONFIG_T::trees_per_column];
        NNET_PRAGMA("HLS ARRAY_PARTITION variable=scores complete")
        for (unsigned j = 0; j < CONFIG_T::trees_per_column; j++) {
            NNET_PRAGMA("HLS UNROLL")
            const unsigned t = column_trees[c * CONFIG_T::trees_per_column + j].to_int();
            scores[j] = value[(t * CONFIG_T::n_nodes + leaf[t]) * CONFIG_T::n_columns + c];
        }
        const score_t sum = tree_adder<score_t, CONFIG_T::trees_per_column>::sum(scores);
        const score_t total = base[c] + sum;
        res[c] = total;
    }
}

} // namespace nnet

#endif
