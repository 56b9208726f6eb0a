namespace Hls4Net.Sweeps;

/// <summary>
/// One evaluated point: accuracy against float (emulator), the estimate, optionally bit-exactness by C simulation,
/// and after <c>sweep collect</c> the synthesized figures of its build. A point the configuration refuses (e.g. a reuse
/// factor a layer does not accept) has <see cref="Status"/> "invalid" and its <see cref="Error"/>.
/// </summary>
public sealed record SweepResult
{
    public required string Id { get; init; }
    public required string Precision { get; init; }
    public required int ReuseFactor { get; init; }
    public required string Strategy { get; init; }

    /// <summary>"ok" or "invalid".</summary>
    public string Status { get; init; } = "ok";
    public string? Error { get; init; }

    /// <summary>Argmax agreement with float (null for a single-value output).</summary>
    public double? Argmax { get; init; }
    public double? MaxAbs { get; init; }
    public double? RelRmse { get; init; }
    public long? Overflows { get; init; }

    public long? Dsp { get; init; }
    public long? Lut { get; init; }
    public long? Ff { get; init; }
    public long? Bram18K { get; init; }
    public long? LatencyCycles { get; init; }
    public double? LatencyNs { get; init; }
    public long? Ii { get; init; }

    /// <summary>With <c>--csim</c>: every sample bit-exact between the emulator and the C simulation.</summary>
    public bool? BitExact { get; init; }

    /// <summary>On the accuracy-vs-DSP, -LUT and -latency Pareto fronts.</summary>
    public bool ParetoDsp { get; init; }
    public bool ParetoLut { get; init; }
    public bool ParetoLatency { get; init; }

    /// <summary>After collect: the build's status ("ok", "tool-missing", ..., or "missing" when no record was found).</summary>
    public string? SynthStatus { get; init; }
    public long? SynthDsp { get; init; }
    public long? SynthLut { get; init; }
    public long? SynthFf { get; init; }
    public long? SynthBram18K { get; init; }
    public long? SynthLatencyCycles { get; init; }
    public long? SynthIi { get; init; }
    public long? VivadoDsp { get; init; }
    public long? VivadoLut { get; init; }
    public long? VivadoFf { get; init; }
}
