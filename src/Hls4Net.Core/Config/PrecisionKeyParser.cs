using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Config;

/// <summary>
/// Reads the keys of a <c>Precision</c> map into <see cref="PrecisionSlot"/>s: the slots it was built with (by default
/// hls4ml's standard ones) plus the names hls4ml's per-layer configs give some weights: <c>scale</c> (batch-norm
/// scale = weight), <c>shift</c> (batch-norm shift = bias) and <c>param</c> (activation parameter / PReLU slope = weight).
/// </summary>
public sealed class PrecisionKeyParser
{
    private readonly IReadOnlyList<PrecisionSlot> _slots;

    /// <summary>A parser for hls4ml's standard slots and the slots ops declare beyond them (tree ensembles' threshold and score).</summary>
    public PrecisionKeyParser()
        : this([.. PrecisionSlot.Standard, Ir.Ops.TreeEnsembleOp.ThresholdSlot, Ir.Ops.TreeEnsembleOp.ScoreSlot])
    {
    }

    /// <summary>A parser for <paramref name="slots"/> (e.g. the standard slots plus those an op family declares).</summary>
    public PrecisionKeyParser(IReadOnlyList<PrecisionSlot> slots) => _slots = slots;

    /// <summary>Keys accepted when reading: the slots' names, then the aliases.</summary>
    public IReadOnlyList<string> Accepted => [.. _slots.Select(s => s.Name), "scale", "shift", "param", "maximum"];

    /// <summary>Map a key (case-insensitive, aliases included) to its slot.</summary>
    public bool TryParse(string key, out PrecisionSlot slot)
    {
        var k = key.Trim().ToLowerInvariant();
        switch (k)
        {
            case "scale" or "param":
                slot = PrecisionSlot.Weight;
                return true;
            case "shift":
                slot = PrecisionSlot.Bias;
                return true;
            case "maximum":
                slot = PrecisionSlot.Maximum;
                return true;
        }
        slot = _slots.FirstOrDefault(s => s.Name == k)!;
        return slot is not null;
    }
}
