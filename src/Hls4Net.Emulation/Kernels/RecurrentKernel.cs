using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// SimpleRNN, LSTM and GRU in fixed point, matching nnet::rnn/lstm/gru in nnet_recurrent.h step for step (see
/// <see cref="RecurrentPlan"/> for the types). Per step: the input part <c>xa[g] = b[g]; xa[g] += x[i]·W[i][g]</c> and the
/// state part <c>ha[g] = Rb[g]; ha[g] += h[k]·U[k][g]</c> (accum_t, inputs in order), the pre-activation
/// <c>(accum_t)(xa + ha)</c>, the activations into accum_t, and the state updates:
/// LSTM <c>c = (res_t)((accum_t)(f·c) + (accum_t)(i·c̃))</c>, <c>h = (res_t)(o·act(c))</c>;
/// GRU <c>h̃ = act((accum_t)(xa_h + (accum_t)(r·ha_h)))</c> (reset_after) or with <c>ha_h</c> over <c>(accum_t)(r·h)</c>,
/// <c>h = (res_t)((accum_t)(z·h) + (accum_t)((accum_t)(1 - z)·h̃))</c>; SimpleRNN <c>h = (res_t)act(pre)</c>.
/// </summary>
public sealed class RecurrentKernel<TOp> : Kernel<TOp>
    where TOp : RecurrentOp
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, TOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var input = inputs[0];
        var tx = LayerTypes.Fast(node, input.Type, "input");
        var p = _plans.Get(node, RecurrentPlan.Create);
        var ar = new RecurrentArithmetic();
        int steps = input.Shape[0], nIn = op.InputSize, u = op.Units;
        var outSize = node.Output.Shape.Size;
        var output = new long[input.Batch * outSize];
        var cell = new RecurrentCell(op, p, ar);
        for (var n = 0; n < input.Batch; n++)
        {
            cell.Reset();
            var x = input.Raw.AsSpan(n * steps * nIn, steps * nIn);
            var res = output.AsSpan(n * outSize, outSize);
            for (var k = 0; k < steps; k++)
            {
                cell.Step(x.Slice(op.InputStep(k, steps) * nIn, nIn), tx);
                if (op.ReturnSequences) cell.H.CopyTo(res.Slice(op.OutputStep(k, steps) * u, u));
            }
            if (!op.ReturnSequences) cell.H.CopyTo(res);
        }
        overflow.Add(ar.Stores, ar.Overflows);
        return new FixedTensor(p.Result, node.Output.Shape, input.Batch, output);
    }
}
