using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Softmax over the last axis (importers reject other axes). <see cref="Variant"/> says which softmax: Hls4Net's own
/// (<see cref="SoftmaxVariant.Exact"/>, the default), hls4ml's one-hot argmax (<see cref="Argmax"/>: 1 at the first
/// position of the row's maximum, 0 elsewhere, both converted to the result type as <c>res_T(1)</c> / <c>res_T(0)</c>
/// are), or one of hls4ml's table softmaxes (stable, latency, legacy; hls4ml semantics, docs/softmax.md).
/// </summary>
public sealed class SoftmaxOp : Op
{
    /// <summary>Hls4Net's own softmax, or (<paramref name="argmax"/>) hls4ml's argmax.</summary>
    public SoftmaxOp(bool argmax = false)
        : this(argmax ? SoftmaxVariant.Argmax : SoftmaxVariant.Exact)
    {
    }

    /// <summary>
    /// The softmax <paramref name="variant"/>; <paramref name="zeroMasked"/> for ONNX-ML's SOFTMAX_ZERO (an input that is
    /// exactly zero gives 0 and is left out of the sum).
    /// </summary>
    public SoftmaxOp(SoftmaxVariant variant, bool zeroMasked = false)
    {
        Variant = variant;
        ZeroMasked = zeroMasked;
    }

    /// <summary>
    /// ONNX-ML's SOFTMAX_ZERO: every input that is exactly zero (raw code 0) gives 0 and adds nothing to the sum; the others
    /// are the softmax over the non-zero inputs (the maximum is still taken over every input, as ONNX Runtime does).
    /// Exact, stable and latency only.
    /// </summary>
    public bool ZeroMasked { get; }

    /// <summary>hls4ml's default exp_table / inv_table / table type of its table softmaxes: ap_fixed&lt;18,8,AP_RND,AP_SAT&gt;.</summary>
    public static FixedType Hls4mlTableType { get; } = new(18, 8, true, QuantMode.Rnd, OverflowMode.Sat);

    /// <summary>Which softmax the node computes.</summary>
    public SoftmaxVariant Variant { get; }

    /// <summary>One-hot of the first maximum per row instead of probabilities.</summary>
    public bool Argmax => Variant == SoftmaxVariant.Argmax;

    /// <summary>True for hls4ml's table softmaxes (stable, latency, legacy).</summary>
    public bool IsHls4mlTable => Variant is SoftmaxVariant.Stable or SoftmaxVariant.Latency or SoftmaxVariant.Legacy;

    public override string Kind => "Softmax";

    private static readonly string[] TypeKeys = ["Softmax"];

    private static readonly OpTraits ExactTraits = new()
    {
        LayerTypeKeys = TypeKeys,

        // Softmax derives an exact accumulator unless an explicit 'accum' key asks for another one:
        // a 'default' precision such as ap_fixed<16,6> would truncate every partial sum.
        PrecisionSlots = [new(PrecisionSlot.Accum, ExplicitOnly: true), new(PrecisionSlot.ExpTable), new(PrecisionSlot.InvTable)],
    };

    // hls4ml's stable/latency: the accumulator resolves like any slot (the layer's default precision), the tables
    // default to ap_fixed<18,8,AP_RND,AP_SAT>; inv_inp (else exp_table) and inp_norm (else derived from the input
    // type) come only from explicit keys.
    private static readonly OpTraits StableTraits = new()
    {
        LayerTypeKeys = TypeKeys,
        PrecisionSlots =
        [
            new(PrecisionSlot.Accum), new(PrecisionSlot.ExpTable, BuiltIn: Hls4mlTableType), new(PrecisionSlot.InvTable, BuiltIn: Hls4mlTableType),
            new(PrecisionSlot.InvInp, ExplicitOnly: true), new(PrecisionSlot.InpNorm, ExplicitOnly: true),
        ],
    };

    private static readonly OpTraits LatencyTraits = new()
    {
        LayerTypeKeys = TypeKeys,
        PrecisionSlots =
        [
            new(PrecisionSlot.Accum), new(PrecisionSlot.ExpTable, BuiltIn: Hls4mlTableType), new(PrecisionSlot.InvTable, BuiltIn: Hls4mlTableType),
            new(PrecisionSlot.InvInp, ExplicitOnly: true),
        ],
    };

    // hls4ml's legacy softmax: both tables are of the 'table' type (ap_fixed<18,8> by default).
    private static readonly OpTraits LegacyTraits = new()
    {
        LayerTypeKeys = TypeKeys,
        PrecisionSlots = [new(PrecisionSlot.Table)],
    };

    /// <inheritdoc />
    public override OpTraits Traits => Variant switch
    {
        SoftmaxVariant.Stable => StableTraits,
        SoftmaxVariant.Latency => LatencyTraits,
        SoftmaxVariant.Legacy => LegacyTraits,
        _ => ExactTraits,
    };

    public override Shape InferShape(IReadOnlyList<Shape> inputs) => ShapeRules.SameAsSingleInput(this, inputs);

    public override string Describe()
    {
        var text = Variant == SoftmaxVariant.Exact ? Kind : $"Softmax({Variant.ToString().ToLowerInvariant()})";
        return ZeroMasked ? text + "[zero-masked]" : text;
    }
}
