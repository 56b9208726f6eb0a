using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Embedding as nnet::embedding in nnet_embedding.h: the index is the integer part (floor) of each input value; an
/// index outside [0, vocabulary) reads row 0; the row (weight type) is stored into the result type.
/// </summary>
public sealed class EmbeddingKernel : Kernel<EmbeddingOp>
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, EmbeddingOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var input = inputs[0];
        var tx = LayerTypes.Fast(node, input.Type, "input");
        var tw = LayerTypes.Required(node, node.Precision.Weight, "weight (table)");
        var tr = LayerTypes.Result(node);
        var table = _plans.Get(node, n => LayerTypes.Quantize(op.Table.Data, tw));
        int dim = op.Dim;
        var raw = new long[input.Raw.Length * dim];
        for (var i = 0; i < input.Raw.Length; i++)
        {
            var row = Index(input.Raw[i], tx.FracBits, op.Vocabulary);
            for (var j = 0; j < dim; j++)
            {
                raw[i * dim + j] = FixedMath.Convert(table[row * dim + j], tw, tr, out var o);
                overflow.Record(o);
            }
        }
        return new FixedTensor(tr, node.Output.Shape, input.Batch, raw);
    }

    /// <summary>floor(raw · 2^-frac), or 0 when that is outside [0, vocabulary).</summary>
    public static int Index(long raw, int frac, int vocabulary)
    {
        var whole = frac >= 0 ? raw >> Math.Min(frac, 63) : raw << Math.Min(-frac, 63);
        return whole >= 0 && whole < vocabulary ? (int)whole : 0;
    }
}
