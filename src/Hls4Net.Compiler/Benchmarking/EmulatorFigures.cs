namespace Hls4Net.Benchmarking;

/// <summary>
/// Emulator throughput over <see cref="Samples"/> samples per run, one entry of <see cref="RunSeconds"/> per timed run,
/// and the time split per layer kernel (<see cref="Kernels"/>, from one more run after the timed ones).
/// </summary>
public sealed record EmulatorFigures(
    int Samples,
    int Batch,
    int Seed,
    double SamplesPerSecondMedian,
    double SamplesPerSecondBest,
    double NsPerSampleMedian,
    double AllocatedBytesPerSample,
    IReadOnlyList<double> RunSeconds,
    IReadOnlyList<KernelFigures> Kernels);
