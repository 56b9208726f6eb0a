using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// A Dense layer's constants quantized into its weight and bias types (raw codes), shared by the emulator
/// kernel and the C++ emitter so that both hold the very same bits. The weight codes (<see cref="WeightRaw"/>, 8 bytes
/// per weight) are made on first use and then kept: the emulator's lane engine reads the weights once, code by code
/// (<see cref="WeightCode"/>), into its own 32-bit columns and never needs them, so an emulation of a big layer does not
/// hold them beside the float weights and the columns.
/// </summary>
public sealed class DensePlan
{
    private readonly Lazy<long[]> _weightRaw;

    private DensePlan(DenseOp op, FixedType weight, FixedType bias, FixedType accum, long[] biasRaw)
    {
        Op = op;
        Weight = weight;
        Bias = bias;
        Accum = accum;
        BiasRaw = biasRaw;
        _weightRaw = new Lazy<long[]>(() => LayerTypes.Quantize(op.Weights.Data, weight), LazyThreadSafetyMode.ExecutionAndPublication);
        var data = op.Weights.Data;
        var nOut = op.OutputSize;
        RowNonZeros = new int[nOut == 0 ? 0 : data.Length / nOut];
        var zeros = 0;
        for (var k = 0; k < data.Length; k++)
        {
            if (LayerTypes.Quantize(data[k], weight) == 0) zeros++;
            else if (k / nOut < RowNonZeros.Length) RowNonZeros[k / nOut]++;
        }
        ZeroWeights = zeros;
    }

    public DenseOp Op { get; }

    public FixedType Weight { get; }

    public FixedType Bias { get; }

    public FixedType Accum { get; }

    /// <summary>Raw weight codes, [nIn, nOut] row-major (w[i*nOut+j]); made on first use, then kept with the plan.</summary>
    public long[] WeightRaw => _weightRaw.Value;

    /// <summary>Number of weights (nIn * nOut), without making <see cref="WeightRaw"/>.</summary>
    public int WeightCount => Op.Weights.Data.Length;

    /// <summary>
    /// Raw code of weight <paramref name="k"/> (row-major, as in <see cref="WeightRaw"/>): read from <see cref="WeightRaw"/>
    /// once it exists, otherwise quantized from the float weight by the same conversion (<see cref="LayerTypes.Quantize(float, FixedType)"/>), without keeping it.
    /// </summary>
    public long WeightCode(int k) =>
        _weightRaw.IsValueCreated ? _weightRaw.Value[k] : LayerTypes.Quantize(Op.Weights.Data[k], Weight);

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
        return new DensePlan(op, w, b, a, LayerTypes.Quantize(op.Bias.Data, b));
    }
}
