namespace Hls4Net.Optimization;

/// <summary>
/// What profiling one layer in float over the calibration set found: the range of its output (over all values and per
/// output channel, i.e. per index of the last axis), and for a Dense layer the range of its weights, its biases and
/// every partial sum of its accumulation (in the order the kernel adds, products included).
/// </summary>
public sealed record LayerProfile(
    string Layer,
    string Op,
    ValueRange Result,
    IReadOnlyList<ValueRange> Channels,
    ValueRange? Weight = null,
    ValueRange? Bias = null,
    ValueRange? Accum = null);
