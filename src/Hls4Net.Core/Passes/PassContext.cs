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

    /// <summary>Run the <see cref="Ir.GraphVerifier"/> after every pass (tests and debug builds).</summary>
    public bool VerifyAfterEachPass { get; }
}
