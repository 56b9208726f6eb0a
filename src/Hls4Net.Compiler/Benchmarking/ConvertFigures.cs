namespace Hls4Net.Benchmarking;

/// <summary>
/// Wall times in milliseconds of the convert path (import + passes + Vitis project write), over the timed runs;
/// <see cref="FirstRunMs"/> is the untimed warm-up run, which pays for JIT compilation.
/// </summary>
public sealed record ConvertFigures(
    double WallMsMedian,
    double WallMsBest,
    double CompileMsMedian,
    double WriteMsMedian,
    double FirstRunMs,
    IReadOnlyList<double> RunMs);
