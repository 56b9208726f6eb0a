using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Tables;

/// <summary>
/// Everything the softmax kernel (C# and nnet_softmax.h) needs for one layer: the types, the exp table over
/// [-R, 0] (entry j = exp(-j*R/N), index rounded to nearest) and the constants of the exact reciprocal.
/// See docs/softmax.md.
/// </summary>
public sealed class SoftmaxPlan
{
    private SoftmaxPlan(FixedType input, int n, FixedType expType, FixedType accumType, FixedType invType,
        int log2Range, TableIndexer indexer, long[] expRaw)
    {
        InputType = input;
        Length = n;
        ExpType = expType;
        AccumType = accumType;
        InvType = invType;
        Log2Range = log2Range;
        Indexer = indexer;
        ExpRaw = expRaw;
        InvNumeratorShift = invType.FracBits + accumType.FracBits + 1;
    }

    /// <summary>Default exp_table / inv_table type: ap_ufixed&lt;18,1,AP_RND,AP_SAT&gt;.</summary>
    public static FixedType DefaultTableType { get; } = new(18, 1, false, QuantMode.Rnd, OverflowMode.Sat);

    public FixedType InputType { get; }

    /// <summary>Number of classes n (the softmax axis length).</summary>
    public int Length { get; }

    public FixedType ExpType { get; }

    /// <summary>Type of the running sum; by default exactly wide enough for n exp values (never rounds or overflows).</summary>
    public FixedType AccumType { get; }

    public FixedType InvType { get; }

    /// <summary>The exp table covers (x - max) in [-2^Log2Range, 0].</summary>
    public int Log2Range { get; }

    /// <summary>Index arithmetic applied to the non-negative raw difference max - x (rounded to nearest).</summary>
    public TableIndexer Indexer { get; }

    /// <summary>Raw codes of <see cref="ExpType"/>: entry j = exp(-j * 2^Log2Range / N).</summary>
    public long[] ExpRaw { get; }

    /// <summary>E: the reciprocal is floor(2^E / sum_raw) with a sticky bit, read with F_inv + 2 fraction bits.</summary>
    public int InvNumeratorShift { get; }

    /// <summary>Builds the plan for a softmax over <paramref name="n"/> values of type <paramref name="input"/>.</summary>
    public static SoftmaxPlan Create(FixedType input, int n, FixedType? expType, FixedType? invType, FixedType? accumType, int size, string layer)
    {
        var exp = expType ?? DefaultTableType;
        var inv = invType ?? DefaultTableType;
        foreach (var t in new[] { exp, inv })
        {
            if (!t.FitsInt64) throw new GraphException($"softmax '{layer}': table type {t} is wider than 64 bits (not supported; the input and result may be wider)");
        }
        int growth = (int)Math.Ceiling(Math.Log2(Math.Max(n, 1)));
        var acc = accumType ?? new FixedType(exp.Width + growth, exp.IntBits + growth, exp.Signed);
        if (!acc.FitsInt64) throw new GraphException($"softmax '{layer}': accumulator type {acc} is wider than 64 bits");
        int e = inv.FracBits + acc.FracBits + 1;
        if (e < 0 || e > 120)
            throw new GraphException($"softmax '{layer}': inv_table {inv} with accumulator {acc} needs a reciprocal numerator 2^{e}; supported 2^0..2^120");
        // Beyond (F_exp + 1) * ln 2 every exp value rounds to 0 in exp_t, so the range only needs to reach there.
        int log2Range = Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(exp.FracBits + 1, 1) * Math.Log(2))), 0, 8);
        TableIndexer indexer;
        try
        {
            indexer = new TableIndexer(input.Width + 1, input.FracBits, size, log2Range, 1);
        }
        catch (GraphException ex)
        {
            throw new GraphException($"softmax '{layer}': input {input}: {ex.Message}");
        }
        var raw = new long[size];
        double step = Math.ScaleB(1.0, log2Range) / size;
        for (int j = 0; j < size; j++)
            raw[j] = FixedMath.FromDouble(Math.Exp(-j * step), exp);
        return new SoftmaxPlan(input, n, exp, acc, inv, log2Range, indexer, raw);
    }

    /// <summary>Builds the plan of a softmax node from its input type and precision.</summary>
    public static SoftmaxPlan Create(Node node, FixedType input) => Create(input, node.Output.Shape[node.Output.Shape.Rank - 1],
        node.Precision.ExpTable, node.Precision.InvTable, node.Precision.Accum, node.Precision.TableSize, node.Name);
}
