using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Config;

/// <summary>
/// The effective, typed project configuration: hls4ml-compatible top-level keys plus <see cref="Hls"/> (HLSConfig).
/// Built by <see cref="ProjectConfigLoader"/> from YAML (or <c>new ProjectConfig()</c> for the defaults), then
/// adjusted by <see cref="ConfigOverrides"/>. Model and data paths are absolute once loaded from a file.
/// </summary>
public sealed class ProjectConfig
{
    /// <summary>The YAML file this config came from, or null.</summary>
    public string? SourcePath { get; set; }

    public string? OnnxModel { get; set; }

    public string? KerasJson { get; set; }

    public string? KerasH5 { get; set; }

    public string? KerasModel { get; set; }

    /// <summary>Output folder as written by the user (relative to the working directory), or null.</summary>
    public string? OutputDir { get; set; }

    public string ProjectName { get; set; } = "myproject";

    /// <summary>Full part name (aliases such as <c>xcvu9p</c> are expanded by the loader and overrides).</summary>
    public string Part { get; set; } = "xcvu9p-flgb2104-2-e";

    /// <summary>Clock period in ns.</summary>
    public double ClockPeriod { get; set; } = 5;

    /// <summary>Clock uncertainty as written (e.g. <c>27%</c> or <c>0.5</c>), or null for the tool's default.</summary>
    public string? ClockUncertainty { get; set; }

    public IoType IoType { get; set; } = IoType.IoParallel;

    public string Backend { get; set; } = "Vitis";

    /// <summary>
    /// The top-level <c>Semantics</c> key: the arithmetic every layer follows unless a HLSConfig section sets its own
    /// (<see cref="LayerConfig.Semantics"/>).
    /// </summary>
    public ArithmeticSemantics Semantics { get; set; } = SemanticsNames.Default;

    /// <summary>Testbench input samples (<c>InputData</c>).</summary>
    public string? InputData { get; set; }

    /// <summary>Expected testbench outputs (<c>OutputPredictions</c>).</summary>
    public string? OutputPredictions { get; set; }

    /// <summary>The <c>HLSConfig</c> block.</summary>
    public HlsConfig Hls { get; } = new();
}
