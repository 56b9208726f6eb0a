using Hls4Net.Core.Config;
using Serilog;
using Serilog.Core;

namespace Hls4Net.Core.Passes;

/// <summary>What passes may read: the effective configuration and a logger.</summary>
public sealed class PassContext
{
    public PassContext(ProjectConfig config, ILogger? log = null, bool verifyAfterEachPass = false)
    {
        Config = config;
        Log = log ?? Logger.None;
        VerifyAfterEachPass = verifyAfterEachPass;
    }

    public ProjectConfig Config { get; }

    public ILogger Log { get; }

    /// <summary>Layers removed because the config asked for it (hls4ml's <c>Skip</c>), so that their LayerName entries still count as matched.</summary>
    public ISet<string> SkippedLayers { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Run the <see cref="Ir.GraphVerifier"/> after every pass (tests and debug builds).</summary>
    public bool VerifyAfterEachPass { get; }
}
