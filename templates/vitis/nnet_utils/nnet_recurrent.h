// Hls4Net: recurrent layers SimpleRNN, LSTM and GRU in io_parallel (own code, C++14). Mirrored bit for bit by
// RecurrentKernel.cs / RecurrentCell.cs.
//
// Types: every intermediate is accum_t (gate pre-activations, activated gates, products); the hidden state h and the
// LSTM cell state c are res_T. Every expression below is exact (ap_fixed's full-precision + and *) and rounded or
// wrapped only when stored into a named type. Per step, with x the input row and h, c the states (zero at the start):
//   xa[g] = b[g];  xa[g] += x[i] * W[i][g]  (i in order)        ha[g] = rb[g];  ha[g] += h[k] * U[k][g]  (k in order)
//   pre[g] = xa[g] + ha[g]                                        (accum_t)
//   SimpleRNN: h[j] = act(pre[j])                                 (act into accum_t, then res_T)
//   LSTM (gates i, f, c, o): i, f, o = rec_act(pre), cc = act(pre); c[j] = (accum_t)(f*c) + (accum_t)(i*cc);
//        h[j] = o * cell_act(c[j])                                (cell_act reads res_T, writes accum_t)
//   GRU (gates z, r, h): z, r = rec_act(pre); reset_after: hc = act(xa_h + (accum_t)(r * ha_h));
//        otherwise ha_h is computed over rh[k] = (accum_t)(r[k] * h[k]) and hc = act(xa_h + ha_h);
//        h[j] = (accum_t)(z*h) + (accum_t)((accum_t)(one - z) * hc)   with one = (accum_t)1
// Activations: kind 0 linear, 1 relu, 2 table (nnet_activation_table.h, its config in the act config).
// Direction: 0 forward, 1 backward (Keras go_backwards: steps T-1..0, outputs in processing order), 2 reverse
// (steps T-1..0, output of input step t written at t).
// Config fields: n_seq, n_in, n_state, n_gates, cell (0 rnn, 1 lstm, 2 gru), reset_after, direction,
// return_sequences, use_static, reuse_factor, weight_t, recurrent_weight_t, bias_t, recurrent_bias_t, accum_t,
// act_config, rec_act_config, cell_act_config.
#ifndef NNET_RECURRENT_H_
#define NNET_RECURRENT_H_

#include "nnet_activation_table.h"
#include "nnet_common.h"

namespace nnet {

namespace recurrent_detail {

template <class in_T, class out_T, typename ACT_T>
void activate(const in_T in[ACT_T::n_in], out_T out[ACT_T::n_in], const typename ACT_T::table_t table[ACT_T::table_size]) {
    NNET_PRAGMA("HLS INLINE")
    if (ACT_T::kind == 2) {
        activation_table<in_T, out_T, ACT_T>(in, out, table);
        return;
    }
    for (unsigned j = 0; j < ACT_T::n_in; j++) {
        NNET_PRAGMA("HLS UNROLL")
        if (ACT_T::kind == 1 && in[j] < 0) out[j] = 0;
        else out[j] = in[j];
    }
}

// acc[g] = bias[g]; acc[g] += s[k] * w[k * n_cols + g] for g in [from, from + count).
template <class s_T, class w_T, class b_T, class acc_T, unsigned N, unsigned N_COLS>
void matvec(const s_T s[N], const w_T w[N * N_COLS], const b_T bias[N_COLS], acc_T acc[N_COLS], unsigned from, unsigned count) {
    NNET_PRAGMA("HLS INLINE")
    for (unsigned g = from; g < from + count; g++) {
        NNET_PRAGMA("HLS UNROLL")
        acc_T a = bias[g];
        for (unsigned k = 0; k < N; k++) {
            NNET_PRAGMA("HLS UNROLL")
            a += s[k] * w[k * N_COLS + g];
        }
        acc[g] = a;
    }
}

// One step: updates h (and c) from the input row x.
template <class data_T, class res_T, typename CONFIG_T>
void step(const data_T x[CONFIG_T::n_in], res_T h[CONFIG_T::n_state], res_T c[CONFIG_T::n_state],
          const typename CONFIG_T::weight_t W[CONFIG_T::n_in * CONFIG_T::n_gates * CONFIG_T::n_state],
          const typename CONFIG_T::recurrent_weight_t U[CONFIG_T::n_state * CONFIG_T::n_gates * CONFIG_T::n_state],
          const typename CONFIG_T::bias_t b[CONFIG_T::n_gates * CONFIG_T::n_state],
          const typename CONFIG_T::recurrent_bias_t rb[CONFIG_T::n_gates * CONFIG_T::n_state],
          const typename CONFIG_T::act_config::table_t act_table[CONFIG_T::act_config::table_size],
          const typename CONFIG_T::rec_act_config::table_t rec_table[CONFIG_T::rec_act_config::table_size],
          const typename CONFIG_T::cell_act_config::table_t cell_table[CONFIG_T::cell_act_config::table_size]) {
    NNET_PRAGMA("HLS PIPELINE II=CONFIG_T::reuse_factor")
    typedef typename CONFIG_T::accum_t accum_t;
    const unsigned u = CONFIG_T::n_state;
    const unsigned gu = CONFIG_T::n_gates * CONFIG_T::n_state;
    accum_t xa[gu], ha[gu], pre[gu], gate[gu];
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=xa complete")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=ha complete")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=pre complete")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=gate complete")
    matvec<data_T, typename CONFIG_T::weight_t, typename CONFIG_T::bias_t, accum_t, CONFIG_T::n_in, gu>(x, W, b, xa, 0, gu);
    const bool gru_before = CONFIG_T::cell == 2 && !CONFIG_T::reset_after;
    matvec<res_T, typename CONFIG_T::recurrent_weight_t, typename CONFIG_T::recurrent_bias_t, accum_t, u, gu>(
        h, U, rb, ha, 0, gru_before ? 2 * u : gu);
    if (CONFIG_T::cell == 0) {
        for (unsigned g = 0; g < u; g++) pre[g] = xa[g] + ha[g];
        activate<accum_t, accum_t, typename CONFIG_T::act_config>(pre, gate, act_table);
        for (unsigned j = 0; j < u; j++) h[j] = gate[j];
    } else if (CONFIG_T::cell == 1) {
        for (unsigned g = 0; g < gu; g++) pre[g] = xa[g] + ha[g];
        activate<accum_t, accum_t, typename CONFIG_T::rec_act_config>(pre, gate, rec_table);
        activate<accum_t, accum_t, typename CONFIG_T::rec_act_config>(pre + u, gate + u, rec_table);
        activate<accum_t, accum_t, typename CONFIG_T::act_config>(pre + 2 * u, gate + 2 * u, act_table);
        activate<accum_t, accum_t, typename CONFIG_T::rec_act_config>(pre + 3 * u, gate + 3 * u, rec_table);
        accum_t tc[u];
        for (unsigned j = 0; j < u; j++) {
            NNET_PRAGMA("HLS UNROLL")
            const accum_t fc = gate[u + j] * c[j];
            const accum_t ic = gate[j] * gate[2 * u + j];
            c[j] = fc + ic;
        }
        activate<res_T, accum_t, typename CONFIG_T::cell_act_config>(c, tc, cell_table);
        for (unsigned j = 0; j < u; j++) {
            NNET_PRAGMA("HLS UNROLL")
            h[j] = gate[3 * u + j] * tc[j];
        }
    } else {
        for (unsigned g = 0; g < 2 * u; g++) pre[g] = xa[g] + ha[g];
        activate<accum_t, accum_t, typename CONFIG_T::rec_act_config>(pre, gate, rec_table);
        activate<accum_t, accum_t, typename CONFIG_T::rec_act_config>(pre + u, gate + u, rec_table);
        if (CONFIG_T::reset_after) {
            for (unsigned j = 0; j < u; j++) {
                NNET_PRAGMA("HLS UNROLL")
                const accum_t rh = gate[u + j] * ha[2 * u + j];
                pre[2 * u + j] = xa[2 * u + j] + rh;
            }
        } else {
            accum_t rh[u];
            for (unsigned k = 0; k < u; k++) rh[k] = gate[u + k] * h[k];
            matvec<accum_t, typename CONFIG_T::recurrent_weight_t, typename CONFIG_T::recurrent_bias_t, accum_t, u, gu>(
                rh, U, rb, ha, 2 * u, u);
            for (unsigned j = 0; j < u; j++) pre[2 * u + j] = xa[2 * u + j] + ha[2 * u + j];
        }
        activate<accum_t, accum_t, typename CONFIG_T::act_config>(pre + 2 * u, gate + 2 * u, act_table);
        const accum_t one = 1;
        for (unsigned j = 0; j < u; j++) {
            NNET_PRAGMA("HLS UNROLL")
            const accum_t z = gate[j];
            const accum_t zh = z * h[j];
            const accum_t omz = one - z;
            const accum_t zc = omz * gate[2 * u + j];
            h[j] = zh + zc;
        }
    }
}

} // namespace recurrent_detail

template <class data_T, class res_T, typename CONFIG_T>
void recurrent(const data_T data[CONFIG_T::n_seq * CONFIG_T::n_in],
               res_T res[(CONFIG_T::return_sequences ? CONFIG_T::n_seq : 1) * CONFIG_T::n_state],
               const typename CONFIG_T::weight_t W[CONFIG_T::n_in * CONFIG_T::n_gates * CONFIG_T::n_state],
               const typename CONFIG_T::recurrent_weight_t U[CONFIG_T::n_state * CONFIG_T::n_gates * CONFIG_T::n_state],
               const typename CONFIG_T::bias_t b[CONFIG_T::n_gates * CONFIG_T::n_state],
               const typename CONFIG_T::recurrent_bias_t rb[CONFIG_T::n_gates * CONFIG_T::n_state],
               const typename CONFIG_T::act_config::table_t act_table[CONFIG_T::act_config::table_size],
               const typename CONFIG_T::rec_act_config::table_t rec_table[CONFIG_T::rec_act_config::table_size],
               const typename CONFIG_T::cell_act_config::table_t cell_table[CONFIG_T::cell_act_config::table_size]) {
    const unsigned u = CONFIG_T::n_state;
    res_T h[u], c[u];
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=h complete")
    NNET_PRAGMA("HLS ARRAY_PARTITION variable=c complete")
    for (unsigned j = 0; j < u; j++) {
        h[j] = 0;
        c[j] = 0;
    }
    for (unsigned k = 0; k < CONFIG_T::n_seq; k++) {
        // use_static: one step instance reused by every step (the loop stays rolled); otherwise one per step.
        if (!CONFIG_T::use_static) {
            NNET_PRAGMA("HLS UNROLL")
        }
        const unsigned t = CONFIG_T::direction == 0 ? k : CONFIG_T::n_seq - 1 - k;
        recurrent_detail::step<data_T, res_T, CONFIG_T>(data + t * CONFIG_T::n_in, h, c, W, U, b, rb, act_table, rec_table,
                                                        cell_table);
        if (CONFIG_T::return_sequences) {
            const unsigned o = CONFIG_T::direction == 2 ? t : k;
            for (unsigned j = 0; j < u; j++) res[o * u + j] = h[j];
        }
    }
    if (!CONFIG_T::return_sequences) {
        for (unsigned j = 0; j < u; j++) res[j] = h[j];
    }
}

} // namespace nnet

#endif
