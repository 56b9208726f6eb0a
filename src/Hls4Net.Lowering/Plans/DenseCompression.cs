using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// Compressed weight storage of a Resource-strategy Dense layer (nnet::dense_compressed, as hls4ml's
/// <c>Compression</c>): only the weights that quantize to nonzero are stored, each with its row and column index, in
/// weight order k = i·n_out + j, so every output still sums its remaining inputs in order. A skipped product is an exact
/// zero, so the sums are those of the uncompressed kernel bit for bit. The layer is compressed when it is
/// Resource-strategy (io_parallel, or io_stream through nnet::dense_compressed_stream, one row per stream element), has at
/// least one nonzero weight, and its zeros save a multiplier:
/// ⌈nonzeros / RF⌉ &lt; ⌈n_in·n_out / RF⌉ (each stored weight then carries two indexes). Shared by the C++ emitter and
/// the estimator so both decide alike.
/// </summary>
public sealed class DenseCompression
{
    private DenseCompression(FixedType index, long[] weights, long[] rows, long[] cols)
    {
        Index = index;
        Weights = weights;
        Rows = rows;
        Cols = cols;
    }

    /// <summary>The unsigned integer type of the row and column indexes.</summary>
    public FixedType Index { get; }

    /// <summary>The nonzero raw weight codes in weight order.</summary>
    public long[] Weights { get; }

    /// <summary>Row (input) index of each stored weight.</summary>
    public long[] Rows { get; }

    /// <summary>Column (output) index of each stored weight.</summary>
    public long[] Cols { get; }

    /// <summary>Number of stored (nonzero) weights.</summary>
    public int NonZeros => Weights.Length;

    /// <summary>Bits of one index for a layer of <paramref name="nIn"/> inputs and <paramref name="nOut"/> outputs (at least 1).</summary>
    public static int IndexBits(int nIn, int nOut)
    {
        var largest = Math.Max(1, Math.Max(nIn, nOut) - 1);
        return Math.Max(1, 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)largest));
    }

    /// <summary>
    /// True when a layer of <paramref name="nIn"/>×<paramref name="nOut"/> weights, <paramref name="nonZeros"/> of them
    /// nonzero, is stored compressed under <paramref name="strategy"/> and reuse factor <paramref name="reuseFactor"/>
    /// (in io_parallel and io_stream alike).
    /// </summary>
    public static bool Pays(Strategy strategy, int nIn, int nOut, long nonZeros, int reuseFactor)
    {
        if (strategy != Strategy.Resource || nonZeros <= 0) return false;
        var rf = Math.Max(1, reuseFactor);
        var total = (long)nIn * nOut;
        return (nonZeros + rf - 1) / rf < (total + rf - 1) / rf;
    }

    /// <summary>The compressed arrays of <paramref name="plan"/> for <paramref name="node"/>, or null when the layer is not compressed.</summary>
    public static DenseCompression? For(Node node, DensePlan plan)
    {
        var nIn = plan.Op.InputSize;
        var nOut = plan.Op.OutputSize;
        var nonZeros = plan.WeightCount - plan.ZeroWeights;
        if (!Pays(node.Hardware.Strategy, nIn, nOut, nonZeros, node.Hardware.ReuseFactor)) return null;
        var weights = new long[nonZeros];
        var rows = new long[nonZeros];
        var cols = new long[nonZeros];
        var n = 0;
        for (var k = 0; k < plan.WeightRaw.Length; k++)
        {
            if (plan.WeightRaw[k] == 0) continue;
            weights[n] = plan.WeightRaw[k];
            rows[n] = k / nOut;
            cols[n] = k % nOut;
            n++;
        }
        return new DenseCompression(FixedType.Int(IndexBits(nIn, nOut), signed: false), weights, rows, cols);
    }
}
