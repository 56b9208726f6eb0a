using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Optimization;

/// <summary>
/// One setting the precision search tunes: the fractional bits of a layer's precision slot (result, weight, bias,
/// accum, a table type), whose integer bits and signedness are fixed beforehand, or a table layer's size. Its level is
/// the number of fractional bits (or log2 of the table size); the search lowers it from <see cref="StartLevel"/>
/// towards <see cref="MinLevel"/>.
/// </summary>
/// <param name="Layer">The layer (node or graph input) name, a LayerName key.</param>
/// <param name="Slot">The precision slot (<see cref="PrecisionSlot.Result"/> for a table size knob too).</param>
/// <param name="Kind">What the level sets.</param>
/// <param name="IntBits">Integer bits (sign included) of the type.</param>
/// <param name="Signed">ap_fixed (true) or ap_ufixed (false).</param>
/// <param name="Quant">Quantization mode, kept from the base configuration.</param>
/// <param name="Overflow">Overflow mode: the base configuration's, or the one the search was asked for.</param>
/// <param name="MinLevel">Lowest level tried.</param>
/// <param name="StartLevel">The level the search starts from (high precision).</param>
/// <param name="Range">The observed range the integer bits cover, or null for tables.</param>
public sealed record PrecisionKnob(
    string Layer,
    PrecisionSlot Slot,
    KnobKind Kind,
    int IntBits,
    bool Signed,
    QuantMode Quant,
    OverflowMode Overflow,
    int MinLevel,
    int StartLevel,
    ValueRange? Range)
{
    /// <summary>The type at <paramref name="level"/> fractional bits.</summary>
    public FixedType TypeAt(int level) => new(IntBits + level, IntBits, Signed, Quant, Overflow);

    /// <summary>Set this knob at <paramref name="level"/> in <paramref name="config"/>'s LayerName entry for the layer.</summary>
    public void Apply(ProjectConfig config, int level)
    {
        var section = config.Hls.GetOrAddLayer(Layer);
        if (Kind == KnobKind.TableSize) section.TableSize = 1 << level;
        else section.Precision[Slot] = TypeAt(level);
    }

    /// <summary>The knob's value at <paramref name="level"/> as text (a type, or a table size).</summary>
    public string Describe(int level) => Kind == KnobKind.TableSize ? $"TableSize {1 << level}" : TypeAt(level).ToString();

    /// <summary>The knob's name: layer and slot.</summary>
    public override string ToString() => Kind == KnobKind.TableSize ? $"{Layer}.TableSize" : $"{Layer}.{Slot.Name}";
}
