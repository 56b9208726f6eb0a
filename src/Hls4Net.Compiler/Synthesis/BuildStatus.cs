namespace Hls4Net.Synthesis;

/// <summary>The values of <see cref="BuildRecord.Status"/>.</summary>
public static class BuildStatus
{
    /// <summary>Every step asked for ran and passed.</summary>
    public const string Ok = "ok";

    /// <summary>vitis_hls was not found.</summary>
    public const string ToolMissing = "tool-missing";

    /// <summary>C synthesis failed.</summary>
    public const string SynthesisFailed = "synthesis-failed";

    /// <summary>C/RTL co-simulation and C simulation disagree.</summary>
    public const string CosimMismatch = "cosim-mismatch";

    /// <summary>Another step failed.</summary>
    public const string Failed = "failed";

    /// <summary>The exit code of <paramref name="status"/>.</summary>
    public static int ExitCode(string status) => status switch
    {
        Ok => BuildCodes.Ok,
        ToolMissing => BuildCodes.ToolMissing,
        SynthesisFailed => BuildCodes.SynthesisFailed,
        CosimMismatch => BuildCodes.CosimMismatch,
        _ => BuildCodes.Failed,
    };
}
