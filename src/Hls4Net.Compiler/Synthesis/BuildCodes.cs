namespace Hls4Net.Synthesis;

/// <summary>The exit codes of <c>hls4net build</c>, as <see cref="BuildRecord.ExitCode"/> records them (the CLI's ExitCodes use the same values).</summary>
public static class BuildCodes
{
    /// <summary>Every step asked for ran and passed.</summary>
    public const int Ok = 0;

    /// <summary>Another step failed (C simulation, export, Vivado synthesis, a bad project).</summary>
    public const int Failed = 1;

    /// <summary>vitis_hls was not found (the same code as any missing native dependency).</summary>
    public const int ToolMissing = 6;

    /// <summary>C synthesis (csynth_design) failed.</summary>
    public const int SynthesisFailed = 9;

    /// <summary>The C/RTL co-simulation's results differ from the C simulation's (or co-simulation reported Fail).</summary>
    public const int CosimMismatch = 10;
}
