using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Tables;

/// <summary>
/// hls4ml's <c>legacy</c> table softmax (hls4ml semantics, docs/softmax.md). Both tables are of the <c>table</c> type
/// (ap_fixed&lt;18,8&gt; by default) with N = TableSize entries: exp entry k = expf(16·(k - N/2)/N) over [-8, 8), reciprocal
/// entry k = 1.0f/(64·k/N) over [0, 64) (entry 0 is 0). For each output i: acc_i = Σ_j (j == i ? 1 :
/// exp_table[clamp(trunc((x_j - x_i)·N/16) + N/2)]) in table_t, res_i = inv_table[clamp(trunc(acc_i·N/64))].
/// Evaluated by the emulator (Hls4mlSoftmaxEvaluation) and by <c>nnet::softmax_legacy</c> (nnet_softmax_hls4ml.h).
/// </summary>
public sealed class Hls4mlLegacySoftmaxPlan
{
    private Hls4mlLegacySoftmaxPlan(FixedType input, int n, FixedType table, int size)
    {
        InputType = input;
        Length = n;
        TableType = table;
        Size = size;
        ExpIndex = new TruncatedIndex(size, input.FracBits + 4, size / 2, size, input.Width + 2);
        InvIndex = new TruncatedIndex(size, table.FracBits + 6, 0, size, table.Width + 1);
        ExpRaw = new long[size];
        InvRaw = new long[size];
        for (int k = 0; k < size; k++)
        {
            float expIn = (float)(2 * 8.0 * (k - size / 2.0) / size);
            ExpRaw[k] = FixedMath.FromSingle(MathF.Exp(expIn), table, out _);
            float invIn = (float)(64.0 * k / size);
            InvRaw[k] = FixedMath.FromSingle(invIn > 0 ? 1f / invIn : 0f, table, out _);
        }
    }

    public FixedType InputType { get; }

    /// <summary>Number of classes n (the softmax axis length).</summary>
    public int Length { get; }

    /// <summary>table_t: both tables and the per-output sums.</summary>
    public FixedType TableType { get; }

    /// <summary>Entries N of each table (any size of at least 1).</summary>
    public int Size { get; }

    /// <summary>Index of the exp table for the raw difference x_j - x_i (input fraction bits, W+2-bit signed container).</summary>
    public TruncatedIndex ExpIndex { get; }

    /// <summary>Index of the reciprocal table for the raw code of a sum in table_t.</summary>
    public TruncatedIndex InvIndex { get; }

    /// <summary>Raw codes of <see cref="TableType"/>: entry k = expf(16·(k - N/2)/N).</summary>
    public long[] ExpRaw { get; }

    /// <summary>Raw codes of <see cref="TableType"/>: entry k = 1.0f/(64·k/N), entry 0 = 0.</summary>
    public long[] InvRaw { get; }

    /// <summary>Builds the plan of a legacy softmax over <paramref name="n"/> values of type <paramref name="input"/>.</summary>
    public static Hls4mlLegacySoftmaxPlan Create(FixedType input, int n, LayerPrecision precision, string layer)
    {
        string what = $"layer '{layer}' (Softmax, hls4ml's legacy)";
        var table = precision.Table ?? PrecisionDefaults.Table;
        foreach (var (name, t) in new[] { ("input", input), ("table", table) })
        {
            if (!t.FitsInt64) throw new ConfigException($"{what}: {name} type {t} is wider than 64 bits (not supported by hls4ml's table softmax)");
        }
        if (precision.TableSize < 1) throw new ConfigException($"{what}: TableSize {precision.TableSize} must be at least 1");
        return new Hls4mlLegacySoftmaxPlan(input, n, table, precision.TableSize);
    }

    /// <summary>Builds the plan of a legacy softmax node.</summary>
    public static Hls4mlLegacySoftmaxPlan Create(Node node, FixedType input)
    {
        if (node.Output.Type is { FitsInt64: false } result)
            throw new ConfigException($"layer '{node.Name}' (Softmax, hls4ml's table softmax): result type {result} is wider than 64 bits (not supported)");
        return Create(input, node.Output.Shape[node.Output.Shape.Rank - 1], node.Precision, node.Name);
    }
}
