namespace Hls4Net.Core.Ir;

/// <summary>
/// What the configuration and the structural passes need to know about an op, declared by the op itself
/// (<see cref="Op.Traits"/>) so that adding an op never means editing a switch in a pass:
/// which hls4ml <c>LayerType</c> keys configure it, which precision slots its node carries, whether its result keeps its
/// input's type, and how it behaves when the channels-last pass moves a Transpose across it.
/// </summary>
public sealed class OpTraits
{
    /// <summary>
    /// The hls4ml <c>LayerType</c> keys that configure the op (our <see cref="Op.Kind"/> names and the hls4ml/Keras
    /// class names users already have in their configs), most specific first. Keys match case-insensitively.
    /// </summary>
    public required IReadOnlyList<string> LayerTypeKeys { get; init; }

    /// <summary>The precision slots the precision pass assigns to the op's node (none for pure data movement).</summary>
    public IReadOnlyList<PrecisionSlotUse> PrecisionSlots { get; init; } = [];

    /// <summary>
    /// True for pure re-indexings (Flatten, Reshape): the result keeps its input's type unless a LayerName/LayerType
    /// section names a result type.
    /// </summary>
    public bool KeepsInputType { get; init; }

    /// <summary>How the channels-last pass may move a Transpose across the op.</summary>
    public ChannelsLastRole ChannelsLast { get; init; } = ChannelsLastRole.Opaque;
}
