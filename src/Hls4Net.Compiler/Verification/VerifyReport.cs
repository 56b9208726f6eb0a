namespace Hls4Net.Verification;

/// <summary>Every figure <c>hls4net verify</c> reports (also its --json object).</summary>
public sealed record VerifyReport
{
    public required string Model { get; init; }

    /// <summary>What the float reference was (ONNX Runtime or the emulator's float mode).</summary>
    public required string FloatReference { get; init; }

    /// <summary>Where the samples came from.</summary>
    public required string Inputs { get; init; }

    public required int Samples { get; init; }

    public required IReadOnlyList<OutputError> Outputs { get; init; }

    public required IReadOnlyList<LayerOverflow> Layers { get; init; }

    /// <summary>Emulator vs C simulation over whole samples; null without --csim.</summary>
    public BitExactReport? Csim { get; init; }

    /// <summary>Traced layers; empty without --trace.</summary>
    public IReadOnlyList<LayerTrace> Trace { get; init; } = [];

    public double? Tolerance { get; init; }

    public required string ToleranceOn { get; init; }

    public required VerifyVerdict Verdict { get; init; }
}
