using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Tables;

/// <summary>
/// hls4ml's table softmax, <c>stable</c> or <c>latency</c> (hls4ml semantics, docs/softmax.md): the types, the table
/// sizes and address bits, and both tables as raw codes. Stable: e_i = exp_table[top bits of (max - x_i) stored into
/// inp_norm_t], entry exp(-v); latency: e_i = exp_table[top bits of x_i], entry exp(v); then, for both, an adder tree
/// in accum_t, the sum stored into inv_inp_t, inv = inv_table[top bits of it] (entry 1/v) and res_i = e_i · inv.
/// Every entry is computed in float (as hls4ml's C++ does) and stored into its table type with that type's own
/// rounding and overflow modes. Evaluated by the emulator (Hls4mlSoftmaxEvaluation) and by
/// <c>nnet::softmax_stable</c> / <c>nnet::softmax_latency</c> (nnet_softmax_hls4ml.h) on the same bits.
/// </summary>
public sealed class Hls4mlSoftmaxPlan
{
    private Hls4mlSoftmaxPlan(SoftmaxVariant variant, FixedType input, int n, FixedType exp, FixedType inv, FixedType accum,
        FixedType invInp, FixedType? inpNorm, int expSize, int invSize)
    {
        Variant = variant;
        InputType = input;
        Length = n;
        ExpType = exp;
        InvType = inv;
        AccumType = accum;
        InvInpType = invInp;
        InpNormType = inpNorm;
        ExpSize = expSize;
        InvSize = invSize;
        ExpBits = TopBitsIndex.AddressBits(expSize);
        InvBits = TopBitsIndex.AddressBits(invSize);
        ExpRaw = ExpTable();
        InvRaw = InvTable();
    }

    /// <summary><see cref="SoftmaxVariant.Stable"/> or <see cref="SoftmaxVariant.Latency"/>.</summary>
    public SoftmaxVariant Variant { get; }

    public FixedType InputType { get; }

    /// <summary>Number of classes n (the softmax axis length).</summary>
    public int Length { get; }

    /// <summary>exp_table_t.</summary>
    public FixedType ExpType { get; }

    /// <summary>inv_table_t.</summary>
    public FixedType InvType { get; }

    /// <summary>accum_t: the exp values, every partial sum of the adder tree and the sum.</summary>
    public FixedType AccumType { get; }

    /// <summary>inv_inp_t: the sum is stored into it before it indexes the reciprocal table.</summary>
    public FixedType InvInpType { get; }

    /// <summary>inp_norm_t (stable only; null for latency): max - x is stored into it before it indexes the exp table.</summary>
    public FixedType? InpNormType { get; }

    /// <summary>The type whose top bits index the exp table: inp_norm_t (stable) or the input type (latency).</summary>
    public FixedType ExpIndexType => InpNormType ?? InputType;

    /// <summary>Entries of the exp table (a power of two).</summary>
    public int ExpSize { get; }

    /// <summary>Entries of the reciprocal table (a power of two).</summary>
    public int InvSize { get; }

    /// <summary>Address bits of the exp table, log2(<see cref="ExpSize"/>).</summary>
    public int ExpBits { get; }

    /// <summary>Address bits of the reciprocal table, log2(<see cref="InvSize"/>).</summary>
    public int InvBits { get; }

    /// <summary>Raw codes of <see cref="ExpType"/>: entry i = expf(-v_i) (stable) or expf(v_i) (latency), v_i the value entry i of <see cref="ExpIndexType"/> stands for.</summary>
    public long[] ExpRaw { get; }

    /// <summary>Raw codes of <see cref="InvType"/>: entry i = 1.0f / v_i (v_i of <see cref="InvInpType"/>; 0 counts as FLT_MIN).</summary>
    public long[] InvRaw { get; }

    /// <summary>The smallest positive normal float, FLT_MIN (2^-126).</summary>
    public static float FloatMin { get; } = BitConverter.Int32BitsToSingle(0x00800000);

    /// <summary>
    /// Builds the plan of a <paramref name="variant"/> softmax over <paramref name="n"/> values of type
    /// <paramref name="input"/>. Unset types take hls4ml's defaults: exp/inv tables ap_fixed&lt;18,8,AP_RND,AP_SAT&gt;,
    /// accum ap_fixed&lt;16,6&gt;, inv_inp = exp_table_t, inp_norm derived from the input type.
    /// </summary>
    public static Hls4mlSoftmaxPlan Create(SoftmaxVariant variant, FixedType input, int n, LayerPrecision precision, string layer)
    {
        if (variant is not (SoftmaxVariant.Stable or SoftmaxVariant.Latency))
            throw new ArgumentException($"not a stable/latency softmax: {variant}", nameof(variant));
        string what = $"layer '{layer}' (Softmax, hls4ml's {variant.ToString().ToLowerInvariant()})";
        var exp = precision.ExpTable ?? SoftmaxOp.Hls4mlTableType;
        var inv = precision.InvTable ?? SoftmaxOp.Hls4mlTableType;
        var accum = precision.Accum ?? PrecisionDefaults.Default;
        var invInp = precision[PrecisionSlot.InvInp] ?? exp;
        int tableSize = precision.TableSize;
        RequirePowerOfTwo(tableSize, what);
        FixedType? inpNorm = null;
        int expSize = tableSize;
        if (variant == SoftmaxVariant.Stable)
        {
            inpNorm = precision[PrecisionSlot.InpNorm];
            if (inpNorm is null)
            {
                // hls4ml: the difference of two values of a signed type is taken as unsigned with one bit less.
                if (input.Signed && input.Width < 2)
                    throw new ConfigException($"{what}: input {input} is too narrow for hls4ml's inp_norm_t (set an 'inp_norm' precision)");
                inpNorm = input.Signed
                    ? new FixedType(input.Width - 1, input.IntBits - 1, false)
                    : new FixedType(input.Width, input.IntBits, false);
                if (input.Signed && input.Width - 1 < 31) expSize = Math.Min(tableSize, 1 << (input.Width - 1));
            }
        }
        foreach (var (name, t) in new[] { ("input", input), ("exp_table", exp), ("inv_table", inv), ("accum", accum), ("inv_inp", invInp), ("inp_norm", inpNorm) })
        {
            if (t is not null && !t.FitsInt64) throw new ConfigException($"{what}: {name} type {t} is wider than 64 bits (not supported by hls4ml's table softmax)");
        }
        var index = inpNorm ?? input;
        RequireWidth(index, expSize, variant == SoftmaxVariant.Stable ? "inp_norm" : "input", "exp", what,
            variant == SoftmaxVariant.Stable ? "a wider 'inp_norm' precision" : "a wider input type (the result type of the layer before)");
        RequireWidth(invInp, tableSize, "inv_inp", "inv", what, "a wider 'inv_inp' precision");
        return new Hls4mlSoftmaxPlan(variant, input, n, exp, inv, accum, invInp, inpNorm, expSize, tableSize);
    }

    /// <summary>Builds the plan of a softmax node (its <see cref="SoftmaxOp.Variant"/> must be stable or latency).</summary>
    public static Hls4mlSoftmaxPlan Create(Node node, FixedType input)
    {
        if (node.Output.Type is { FitsInt64: false } result)
            throw new ConfigException($"layer '{node.Name}' (Softmax, hls4ml's table softmax): result type {result} is wider than 64 bits (not supported)");
        return Create(((SoftmaxOp)node.Op).Variant, input, node.Output.Shape[node.Output.Shape.Rank - 1], node.Precision, node.Name);
    }

    private long[] ExpTable()
    {
        var raw = new long[ExpSize];
        for (int i = 0; i < ExpSize; i++)
        {
            float v = (float)TopBitsIndex.EntryValue(i, ExpIndexType, ExpBits);
            float e = MathF.Exp(Variant == SoftmaxVariant.Stable ? -v : v);
            raw[i] = FixedMath.FromSingle(e, ExpType, out _);
        }
        return raw;
    }

    private long[] InvTable()
    {
        var raw = new long[InvSize];
        for (int i = 0; i < InvSize; i++)
        {
            float v = (float)TopBitsIndex.EntryValue(i, InvInpType, InvBits);
            if (v == 0) v = FloatMin;
            raw[i] = FixedMath.FromSingle(1f / v, InvType, out _);
        }
        return raw;
    }

    internal static void RequirePowerOfTwo(int size, string what)
    {
        if (size < 2 || (size & (size - 1)) != 0)
        {
            throw new ConfigException($"{what}: TableSize {size} is not a power of two (at least 2); hls4ml's softmax tables are "
                + "indexed by the top bits of a value, so use e.g. 1024");
        }
    }

    private static void RequireWidth(FixedType type, int size, string slot, string table, string what, string wider)
    {
        int bits = TopBitsIndex.AddressBits(size);
        if (type.Width < bits)
        {
            throw new ConfigException($"{what}: the {size}-entry {table} table is indexed by the top {bits} bits of the {slot} type {type}, "
                + $"which has only {type.Width}: use TableSize: {1 << Math.Min(type.Width, 30)} or smaller, or {wider}");
        }
    }
}
