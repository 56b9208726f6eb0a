namespace Hls4Net.Benchmarking;

/// <summary>One layer's share of the emulator's time (bench's per-kernel split), from one extra timed run.</summary>
/// <param name="Layer">The layer name.</param>
/// <param name="Op">The op kind (Dense, Conv2D, Softmax, ...).</param>
/// <param name="NsPerSample">Wall time in the layer's kernel per sample, in ns.</param>
/// <param name="Percent">Share of the time summed over all kernels, in percent.</param>
public sealed record KernelFigures(string Layer, string Op, double NsPerSample, double Percent);
