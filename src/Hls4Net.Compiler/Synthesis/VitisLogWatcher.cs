using System.Text.RegularExpressions;

namespace Hls4Net.Synthesis;

/// <summary>
/// Follows the output of a vitis_hls run line by line: which build_prj.tcl step is running (its <c>***** C/RTL
/// SYNTHESIS *****</c> banners), the first error line, and the signs of a C/RTL mismatch (build_prj.tcl's
/// <c>Test FAILED</c> validation line, or Vitis' <c>*** C/RTL co-simulation finished: FAIL ***</c>).
/// </summary>
public sealed partial class VitisLogWatcher
{
    /// <summary>The step running now (csim, synth, cosim, validation, export, vsynth), or null before the first banner.</summary>
    public string? Step { get; private set; }

    /// <summary>The step that printed the first error line, or null.</summary>
    public string? ErrorStep { get; private set; }

    /// <summary>The first line starting with ERROR (Vitis' <c>ERROR: [HLS 214-124] ...</c>), trimmed, or null.</summary>
    public string? FirstError { get; private set; }

    /// <summary>Whether the output says the C/RTL co-simulation results differ from the C simulation.</summary>
    public bool Mismatch { get; private set; }

    /// <summary>Read one line; returns the description of the step it starts, or null.</summary>
    public string? Observe(string line)
    {
        var text = line.Trim();
        if (Banner().Match(text) is { Success: true } m && BuildStepNames.Banners.TryGetValue(m.Groups[1].Value.Trim(), out var step))
        {
            Step = step.Step;
            return step.Description;
        }
        if (text.Contains("Test FAILED", StringComparison.Ordinal) || CosimFail().IsMatch(text)) Mismatch = true;
        if (FirstError is null && text.StartsWith("ERROR", StringComparison.Ordinal))
        {
            FirstError = text;
            ErrorStep = Step;
        }
        return null;
    }

    [GeneratedRegex(@"^\*{5}\s*(.+?)\s*\*{5}$")]
    private static partial Regex Banner();

    [GeneratedRegex(@"C/RTL co-simulation finished:\s*FAIL", RegexOptions.IgnoreCase)]
    private static partial Regex CosimFail();
}
