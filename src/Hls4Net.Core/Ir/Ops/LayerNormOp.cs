using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Layer normalization over the last axis: y = (x - mean) / sqrt(var + epsilon) · Gamma + Beta, with mean and
/// (biased) variance over the last axis of each row and one gamma/beta per position of that axis (Keras
/// LayerNormalization with axis -1, ONNX LayerNormalization with axis -1, torch nn.LayerNorm over the last dimension).
/// The fixed-point design (an inverse-square-root table over the variance's mantissa) is in docs/sequence-ops.md.
/// </summary>
public sealed class LayerNormOp : Op
{
    public LayerNormOp(ConstTensor gamma, ConstTensor beta, double epsilon)
    {
        if (gamma.Shape.Rank != 1 || !gamma.Shape.Equals(beta.Shape))
        {
            throw new GraphException($"LayerNormalization gamma {gamma.Shape} and beta {beta.Shape} must be equal rank-1 shapes");
        }
        if (!(epsilon >= 0) || double.IsInfinity(epsilon)) throw new GraphException($"LayerNormalization epsilon {epsilon} must be a finite non-negative number");
        Gamma = gamma;
        Beta = beta;
        Epsilon = epsilon;
    }

    /// <summary>Scale per position of the last axis.</summary>
    public ConstTensor Gamma { get; }

    /// <summary>Shift per position of the last axis.</summary>
    public ConstTensor Beta { get; }

    /// <summary>Added to the variance before the inverse square root.</summary>
    public double Epsilon { get; }

    /// <summary>The inverse-square-root table's type when no config names <c>table</c>: ap_ufixed&lt;18,1,AP_RND,AP_SAT&gt; (entries lie in (0.5, 1]).</summary>
    public static FixedType DefaultTableType { get; } = new(18, 1, false, QuantMode.Rnd, OverflowMode.Sat);

    public override string Kind => "LayerNormalization";

    private static readonly OpTraits LayerNormTraits = new()
    {
        LayerTypeKeys = ["LayerNormalization"],
        PrecisionSlots = [.. PrecisionSlotUse.WeightBiasAccum, new(PrecisionSlot.Table, BuiltIn: DefaultTableType)],
    };

    /// <inheritdoc />
    public override OpTraits Traits => LayerNormTraits;

    public override int ParameterCount => Gamma.Size + Beta.Size;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = ShapeRules.SameAsSingleInput(this, inputs);
        if (s.Dims[^1] != Gamma.Size) throw new GraphException($"LayerNormalization has {Gamma.Size} positions but input shape is {s}");
        return s;
    }

    public override string Describe() => $"LayerNormalization({Gamma.Size}, eps={Epsilon:G3})";
}
