namespace Hls4Net.Optimization;

/// <summary>What a <see cref="PrecisionKnob"/>'s level sets.</summary>
public enum KnobKind
{
    /// <summary>The fractional bits of one precision slot (the integer bits are fixed by the profile).</summary>
    FracBits,

    /// <summary>log2 of a table layer's TableSize (softmax, table activations).</summary>
    TableSize,
}
