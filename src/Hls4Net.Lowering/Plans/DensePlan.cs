using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// A Dense layer's constants quantized into its weight and bias types (raw codes), shared by the emulator
/// kernel and the C++ emitter so that both hold the very same bits.
/// </summary>
public sealed class DensePlan
{
    private DensePlan(DenseOp op, FixedType weight, FixedType bias, FixedType accum, long[] weightRaw, long[] biasRaw)
    {
        Op = op;
        Weight = weight;
        Bias = bias;
        Accum = accum;
        WeightRaw = weightRaw;
        BiasRaw = biasRaw;
        ZeroWeights = weightRaw.Count(w => w == 0);
        var nOut = op.OutputSize;
        RowNonZeros = new int[nOut == 0 ? 0 : weightRaw.Length / nOut];
        for (var i = 0; i < RowNonZeros.Length; i++)
            RowNonZeros[i] = nOut - weightRaw.AsSpan(i * nOut, nOut).Count(0L);
    }

    public DenseOp Op { get; }

    public FixedType Weight { get; }

    public FixedType Bias { get; }

    public FixedType Accum { get; }

    /// <summary>Raw weight codes, [nIn, nOut] row-major (w[i*nOut+j]).</summary>
    public long[] WeightRaw { get; }

    /// <summary>Raw bias codes, [nOut].</summary>
    public long[] BiasRaw { get; }

    /// <summary>Number of weights that quantize to zero (skipped by the Latency kernel).</summary>
    public int ZeroWeights { get; }

    /// <summary>Per input i, the number of non-zero weights in row i (the accumulator stores it causes).</summary>
    public int[] RowNonZeros { get; }

    /// <summary>Quantize <paramref name="node"/>'s weights and bias; the node's weight, bias and accum precisions must be set.</summary>
    public static DensePlan Create(Node node)
    {
        var op = node.Op as DenseOp ?? throw new GraphException($"node '{node.Name}': expected a Dense op, got {node.Op.Kind}");
        var w = LayerTypes.Required(node, node.Precision.Weight, "weight");
        var b = LayerTypes.Required(node, node.Precision.Bias, "bias");
        var a = node.Precision.Accum ?? throw new GraphException($"node '{node.Name}' ({node.Op.Kind}): accum precision not assigned"); // any width: the kernel takes the wide path
        return new DensePlan(op, w, b, a, LayerTypes.Quantize(op.Weights.Data, w), LayerTypes.Quantize(op.Bias.Data, b));
    }
}
