namespace Hls4Net.Synthesis;

/// <summary>
/// The record of one <c>hls4net build</c> of a project: which steps ran, how it ended and what the reports said.
/// <c>build</c> writes it as JSON (camelCase) to <see cref="FileName"/> in the project folder and prints it with
/// <c>--json</c>; <c>hls4net report</c> and <c>hls4net sweep collect</c> read it back.
/// </summary>
public sealed record BuildRecord
{
    /// <summary>File name of the record inside the project folder.</summary>
    public const string FileName = "hls4net_build.json";

    /// <summary>The project folder (as given to build).</summary>
    public string Project { get; init; } = "";

    /// <summary>The steps asked for, in the order they ran (csim, synth, cosim, validation, export, vsynth, fifo-opt).</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>"ok", or the failure: "tool-missing", "synthesis-failed", "cosim-mismatch", "failed".</summary>
    public string Status { get; init; } = "ok";

    /// <summary>The process exit code build returned.</summary>
    public int ExitCode { get; init; }

    /// <summary>One line saying what failed, or null.</summary>
    public string? Error { get; init; }

    /// <summary>The build log file (relative to the project).</summary>
    public string? Log { get; init; }

    /// <summary>C synthesis figures, when a report was found.</summary>
    public CsynthFigures? Csynth { get; init; }

    /// <summary>Co-simulation figures, when a report was found.</summary>
    public CosimFigures? Cosim { get; init; }

    /// <summary>Vivado synthesis figures, when a report was found.</summary>
    public VivadoFigures? Vivado { get; init; }
}
