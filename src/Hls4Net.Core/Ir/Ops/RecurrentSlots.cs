namespace Hls4Net.Core.Ir.Ops;

/// <summary>The precision slots of the recurrent layers beyond the standard ones (hls4ml's keys).</summary>
public static class RecurrentSlots
{
    /// <summary><c>recurrent_weight</c>: the state-to-gate kernel.</summary>
    public static PrecisionSlot RecurrentWeight { get; } = new("recurrent_weight");

    /// <summary><c>recurrent_bias</c>: the bias added to the state-to-gate products (ONNX Rb, Keras GRU reset_after's second row).</summary>
    public static PrecisionSlot RecurrentBias { get; } = new("recurrent_bias");

    /// <summary>The slots of every recurrent op: weight, recurrent_weight, bias, recurrent_bias, accum and the activation table.</summary>
    public static IReadOnlyList<PrecisionSlotUse> All { get; } =
    [
        PrecisionSlotUse.Weight,
        new(RecurrentWeight, ImportHints.WeightType),
        new(PrecisionSlot.Bias, ImportHints.BiasType),
        new(RecurrentBias, ImportHints.BiasType),
        new(PrecisionSlot.Accum),
        new(PrecisionSlot.Table),
    ];
}
