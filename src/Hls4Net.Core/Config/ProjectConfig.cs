using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Config;

/// <summary>The effective, typed project configuration (hls4ml-compatible top-level keys plus HLSConfig).</summary>
public sealed class ProjectConfig
{
    public string ProjectName { get; set; } = "myproject";

    public string Part { get; set; } = "xcvu9p-flgb2104-2-e";

    public double ClockPeriod { get; set; } = 5;

    public IoType IoType { get; set; } = IoType.IoParallel;

    public string Backend { get; set; } = "Vitis";
}
