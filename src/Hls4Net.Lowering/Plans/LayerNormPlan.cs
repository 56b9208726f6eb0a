using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// The constants of one LayerNormalization layer, shared by <c>LayerNormKernel</c> and the emitter
/// (nnet_layernorm.h; design in docs/sequence-ops.md): gamma (weight type) and beta (bias type) as raw codes,
/// 1/n as an ap_ufixed&lt;19,1&gt;, epsilon in accum_t's raw units, and the inverse-square-root table over the
/// variance's mantissa (2·2^K entries of the table type: T[p·2^K + m] = 2^(-p/2) / sqrt(1 + (m + 1/2)/2^K)).
/// </summary>
public sealed class LayerNormPlan
{
    /// <summary>Fraction bits of the 1/n constant (type ap_ufixed&lt;19,1&gt;).</summary>
    public const int InvNFrac = 18;

    /// <summary>The 1/n constant's type.</summary>
    public static FixedType InvNType { get; } = new(InvNFrac + 1, 1, false, QuantMode.Rnd, OverflowMode.Sat);

    private LayerNormPlan() { }

    public required int Length { get; init; }

    public required FixedType Input { get; init; }

    public required FixedType Accum { get; init; }

    public required FixedType Table { get; init; }

    public required FixedType Gamma { get; init; }

    public required FixedType Beta { get; init; }

    public required long[] GammaRaw { get; init; }

    public required long[] BetaRaw { get; init; }

    /// <summary>Raw code of 1/n in <see cref="InvNType"/>.</summary>
    public required long InvNRaw { get; init; }

    /// <summary>Epsilon in raw units of the accumulator (rounded, at most accum_t's largest code).</summary>
    public required long EpsRaw { get; init; }

    /// <summary>log2 of half the table size: the mantissa bits that index the table.</summary>
    public required int MantissaBits { get; init; }

    /// <summary>The table's raw codes (2^(K+1) entries).</summary>
    public required long[] TableRaw { get; init; }

    /// <summary>Smallest and largest power-of-four exponent h of the variance (inverse sqrt = T · 2^-h).</summary>
    public required int HMin { get; init; }

    /// <inheritdoc cref="HMin"/>
    public required int HMax { get; init; }

    /// <summary>Width of the exact scaled product (d · T) &lt;&lt; (HMax - h).</summary>
    public required int WideWidth { get; init; }

    /// <summary>Fraction bits of that exact product: F_accum + F_table + HMax.</summary>
    public int WideFrac => Accum.FracBits + Table.FracBits + HMax;

    /// <summary>Fraction bits of the exact norm·gamma + beta sum.</summary>
    public int OutFrac => Math.Max(Accum.FracBits + Gamma.FracBits, Beta.FracBits);

    /// <summary>Quantizes the node's constants and checks that every intermediate fits the emulator's arithmetic.</summary>
    public static LayerNormPlan Create(Node node, FixedType input)
    {
        var op = node.Op as LayerNormOp ?? throw new GraphException($"node '{node.Name}': expected a LayerNormalization op, got {node.Op.Kind}");
        var tx = LayerTypes.Fast(node, input, "input");
        var ta = LayerTypes.Required(node, node.Precision.Accum, "accum");
        var tt = LayerTypes.Required(node, node.Precision.Table, "table");
        var tg = LayerTypes.Required(node, node.Precision.Weight, "weight (gamma)");
        var tb = LayerTypes.Required(node, node.Precision.Bias, "bias (beta)");
        var size = node.Precision.TableSize;
        if (size < 4 || (size & (size - 1)) != 0)
        {
            throw new ConfigException($"layer '{node.Name}' (LayerNormalization): table_size {size} must be a power of two of at least 4");
        }
        var k = System.Numerics.BitOperations.Log2((uint)size) - 1;
        if (!ta.Signed) throw new UnsupportedPrecisionException($"node '{node.Name}' (LayerNormalization): accum type {ta} must be signed (it holds x - mean)");
        if (ta.Width + k + 2 > 62 || ta.Width > 48)
        {
            throw new UnsupportedPrecisionException($"node '{node.Name}' (LayerNormalization): accum type {ta} is too wide for the variance's table index (at most 48 bits)");
        }
        int fa = ta.FracBits;
        int hMin = FloorHalf(-fa), hMax = FloorHalf(ta.Width - 1 - fa);
        int wide = ta.Width + tt.Width + (hMax - hMin) + 2;
        if (wide > LayerTypes.MaxExactWidth) throw new UnsupportedPrecisionException($"node '{node.Name}' (LayerNormalization): the scaled product needs {wide} bits; the emulator supports up to {LayerTypes.MaxExactWidth}");
        LayerTypes.RequireExact(node, FixedType.AddResult(tx, ta), "sum");
        LayerTypes.RequireExact(node, FixedType.AddResult(FixedType.MulResult(ta, ta), ta), "sum of squares");
        LayerTypes.RequireExact(node, FixedType.AddResult(FixedType.MulResult(ta, tg), tb), "scale-and-shift");
        var table = new long[2 << k];
        for (var p = 0; p < 2; p++)
        {
            for (var m = 0; m < 1 << k; m++)
            {
                var v = Math.Pow(2, -p / 2.0) / Math.Sqrt(1 + (m + 0.5) / (1 << k));
                table[(p << k) + m] = FixedMath.FromDouble(v, tt);
            }
        }
        var epsScaled = Math.Round(op.Epsilon * Math.Pow(2, fa), MidpointRounding.AwayFromZero);
        var maxRaw = (double)ta.MaxRawInt64;
        return new LayerNormPlan
        {
            Length = op.Gamma.Size,
            Input = tx,
            Accum = ta,
            Table = tt,
            Gamma = tg,
            Beta = tb,
            GammaRaw = LayerTypes.Quantize(op.Gamma.Data, tg),
            BetaRaw = LayerTypes.Quantize(op.Beta.Data, tb),
            InvNRaw = FixedMath.FromDouble(1.0 / op.Gamma.Size, InvNType),
            EpsRaw = (long)Math.Min(epsScaled, maxRaw),
            MantissaBits = k,
            TableRaw = table,
            HMin = hMin,
            HMax = hMax,
            WideWidth = wide,
        };
    }

    /// <summary>floor(t / 2) for any sign.</summary>
    public static int FloorHalf(int t) => t >> 1;
}
