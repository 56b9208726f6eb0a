namespace Hls4Net.Benchmarking;

/// <summary>Everything <c>hls4net bench</c> measured, printed as text or JSON.</summary>
public sealed record BenchReport(
    string Model,
    int Layers,
    int Repeat,
    MachineFacts Machine,
    EmulatorFigures Emulator,
    ConvertFigures Convert);
