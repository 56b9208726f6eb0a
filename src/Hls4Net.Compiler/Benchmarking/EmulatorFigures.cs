namespace Hls4Net.Benchmarking;

/// <summary>Emulator throughput over <see cref="Samples"/> samples per run, one entry of <see cref="RunSeconds"/> per timed run.</summary>
public sealed record EmulatorFigures(
    int Samples,
    int Batch,
    int Seed,
    double SamplesPerSecondMedian,
    double SamplesPerSecondBest,
    double NsPerSampleMedian,
    double AllocatedBytesPerSample,
    IReadOnlyList<double> RunSeconds);
