namespace Hls4Net.Core.Ir;

/// <summary>
/// One precision slot an op's node carries, and how the precision pass resolves it: from the config with the
/// model's own type (<paramref name="Hint"/>, an <see cref="ImportHints"/> key) as the fallback before the Model
/// level, or (<paramref name="ExplicitOnly"/>) only when a config section names it, the slot staying unset otherwise.
/// </summary>
/// <param name="Slot">The slot.</param>
/// <param name="Hint">The import hint holding the model's own type for the slot, if the model can have one.</param>
/// <param name="ExplicitOnly">True when the slot is set only by an explicit key (no <c>default</c>, no built-in).</param>
/// <param name="BuiltIn">The type when no config level names the slot, instead of the slot's usual built-in default
/// (e.g. hls4ml's softmax tables, ap_fixed&lt;18,8,AP_RND,AP_SAT&gt;).</param>
public sealed record PrecisionSlotUse(PrecisionSlot Slot, DataKey<Numerics.FixedType>? Hint = null, bool ExplicitOnly = false, Numerics.FixedType? BuiltIn = null)
{
    /// <summary>Weight (model hint: <see cref="ImportHints.WeightType"/>), the slot of a weight or parameter.</summary>
    public static PrecisionSlotUse Weight { get; } = new(PrecisionSlot.Weight, ImportHints.WeightType);

    /// <summary>Weight, bias and accumulator of an op that accumulates products (Dense, convolutions, batch norm).</summary>
    public static IReadOnlyList<PrecisionSlotUse> WeightBiasAccum { get; } =
        [Weight, new(PrecisionSlot.Bias, ImportHints.BiasType), new(PrecisionSlot.Accum)];
}
