namespace Hls4Net.Verification;

/// <summary>What a verification of a design does (<c>hls4net verify</c>'s options): samples, C simulation, tolerance gate, trace, float reference.</summary>
public sealed record VerifySettings
{
    /// <summary>Sample file (.csv/.dat/.npy); null draws <see cref="Samples"/> random N(0,1) samples.</summary>
    public string? InputPath { get; init; }

    public int Samples { get; init; } = 1000;

    public int Seed { get; init; }

    public bool Csim { get; init; }

    /// <summary>Keep the C-simulation project here instead of a deleted temporary folder.</summary>
    public string? KeepProject { get; init; }

    /// <summary>Replace a non-empty <see cref="KeepProject"/> folder.</summary>
    public bool Force { get; init; }

    public double? Tolerance { get; init; }

    public ToleranceMode ToleranceOn { get; init; } = ToleranceMode.MaxAbs;

    /// <summary>A layer (node or value name) or "all"; null for no trace.</summary>
    public string? Trace { get; init; }

    public string TraceDir { get; init; } = "trace";

    /// <summary>auto (ONNX Runtime for .onnx, else the emulator's float mode), onnxruntime or emulator.</summary>
    public string FloatReference { get; init; } = "auto";
}
