namespace Hls4Net.Benchmarking;

/// <summary>
/// Emulator throughput over <see cref="Samples"/> samples per run, one entry of <see cref="RunSeconds"/> per timed run,
/// the same per second of process CPU time (<see cref="SamplesPerCpuSecondMedian"/>: per-core throughput, the steadier
/// figure when other processes share the cores), and the time split per layer kernel (<see cref="Kernels"/>, from one more run after the timed ones).
/// </summary>
public sealed record EmulatorFigures(
    int Samples,
    int Batch,
    int Seed,
    double SamplesPerSecondMedian,
    double SamplesPerSecondBest,
    double NsPerSampleMedian,
    double AllocatedBytesPerSample,
    double SamplesPerCpuSecondMedian,
    double CpuNsPerSampleMedian,
    IReadOnlyList<double> RunSeconds,
    IReadOnlyList<KernelFigures> Kernels);
