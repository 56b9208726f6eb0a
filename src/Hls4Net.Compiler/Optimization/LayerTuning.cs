namespace Hls4Net.Optimization;

/// <summary>
/// One row of the search's per-layer table: the observed float range of the layer's output on the calibration set,
/// the chosen types (slot → type, and <c>TableSize</c>), the overflowed stores on the validation set, and the layer's
/// error contribution: the target metric on the validation set when only this layer takes its chosen types (every
/// other layer at the search's start precision).
/// </summary>
public sealed record LayerTuning(
    string Layer,
    string Op,
    ValueRange Observed,
    IReadOnlyList<ValueRange> Channels,
    IReadOnlyDictionary<string, string> Types,
    long ValidationOverflows,
    double? ErrorContribution);
