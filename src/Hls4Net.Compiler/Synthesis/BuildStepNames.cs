namespace Hls4Net.Synthesis;

/// <summary>The steps of build_prj.tcl: the banner each prints (ours and hls4ml's print the same) and what to call it.</summary>
public static class BuildStepNames
{
    /// <summary>Banner text between the asterisks → (step name, description shown as progress).</summary>
    public static IReadOnlyDictionary<string, (string Step, string Description)> Banners { get; } =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["C SIMULATION"] = ("csim", "C simulation (csim_design)"),
            ["C/RTL SYNTHESIS"] = ("synth", "C synthesis (csynth_design)"),
            ["C/RTL SIMULATION"] = ("cosim", "C/RTL co-simulation (cosim_design)"),
            ["C/RTL VALIDATION"] = ("validation", "comparing the co-simulation results with the C simulation"),
            ["EXPORT IP"] = ("export", "exporting the IP (export_design)"),
            ["VIVADO SYNTHESIS"] = ("vsynth", "Vivado out-of-context synthesis"),
        };

    /// <summary>A readable name of <paramref name="step"/> for messages.</summary>
    public static string Describe(string? step) => step switch
    {
        null => "Vitis HLS (before the first step)",
        "csim" => "C simulation",
        "synth" => "C synthesis",
        "cosim" => "C/RTL co-simulation",
        "validation" => "C/RTL validation",
        "export" => "IP export",
        "vsynth" => "Vivado synthesis",
        _ => step,
    };
}
