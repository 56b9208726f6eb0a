using System.Text.RegularExpressions;

namespace Hls4Net.Synthesis;

/// <summary>
/// A project folder laid out like hls4ml's (written by <c>hls4net convert</c>) and where Vitis HLS and Vivado write
/// their reports in it: <c>&lt;name&gt;_prj/solution1/syn/report/csynth.xml</c> (or <c>&lt;name&gt;_csynth.rpt</c>),
/// <c>&lt;name&gt;_prj/solution1/sim/report/&lt;name&gt;_cosim.rpt</c>, and vivado_synth.tcl's
/// <c>vivado_synth.rpt</c> / <c>vivado_timing.rpt</c> in the project folder.
/// </summary>
public sealed partial record SynthesisProject(string Dir, string Name)
{
    /// <summary>The build log <c>hls4net build</c> writes, relative to the project.</summary>
    public const string LogFileName = "hls4net_build.log";

    /// <summary>The project in <paramref name="dir"/>; its name from project.tcl (<c>set project_name "..."</c>), else hls4ml_config.yml's ProjectName, else myproject.</summary>
    /// <exception cref="SynthesisException">The folder does not exist.</exception>
    public static SynthesisProject Open(string dir)
    {
        if (!Directory.Exists(dir)) throw new SynthesisException($"project folder not found: '{dir}'");
        var full = Path.GetFullPath(dir);
        return new SynthesisProject(full, NameFrom(Path.Combine(full, "project.tcl"), TclName())
            ?? NameFrom(Path.Combine(full, "build_prj.tcl"), TclName())
            ?? NameFrom(Path.Combine(full, "hls4ml_config.yml"), YamlName())
            ?? "myproject");
    }

    /// <summary>build_prj.tcl.</summary>
    public string BuildScript => Path.Combine(Dir, "build_prj.tcl");

    /// <summary>The config the project was written from.</summary>
    public string Config => Path.Combine(Dir, "hls4ml_config.yml");

    /// <summary>The build record.</summary>
    public string Record => Path.Combine(Dir, BuildRecord.FileName);

    /// <summary>The build log.</summary>
    public string Log => Path.Combine(Dir, LogFileName);

    /// <summary>The Vitis HLS solution folder.</summary>
    public string Solution => Path.Combine(Dir, $"{Name}_prj", "solution1");

    /// <summary>C synthesis report (XML).</summary>
    public string CsynthXml => Path.Combine(Solution, "syn", "report", "csynth.xml");

    /// <summary>C synthesis report (text), read when there is no csynth.xml.</summary>
    public string CsynthRpt => Path.Combine(Solution, "syn", "report", $"{Name}_csynth.rpt");

    /// <summary>Co-simulation report.</summary>
    public string CosimReport => Path.Combine(Solution, "sim", "report", $"{Name}_cosim.rpt");

    /// <summary>Vivado utilization after out-of-context synthesis.</summary>
    public string VivadoUtilization => Path.Combine(Dir, "vivado_synth.rpt");

    /// <summary>Vivado timing summary after out-of-context synthesis.</summary>
    public string VivadoTiming => Path.Combine(Dir, "vivado_timing.rpt");

    private static string? NameFrom(string file, Regex pattern)
    {
        if (!File.Exists(file)) return null;
        var m = pattern.Match(File.ReadAllText(file));
        return m.Success && m.Groups[1].Value.Length > 0 ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\s*set\s+project_name\s+""?([A-Za-z_][A-Za-z0-9_]*)""?", RegexOptions.Multiline)]
    private static partial Regex TclName();

    [GeneratedRegex(@"^ProjectName:\s*['""]?([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex YamlName();
}
