using Hls4Net.Core.Config;
using Serilog.Core;

namespace Hls4Net.Tuning;

/// <summary>Independent copies of a configuration, through its YAML (as the precision search's evaluator makes them).</summary>
public sealed class ConfigCopy
{
    private readonly string _yaml;
    private readonly string _source;

    public ConfigCopy(ProjectConfig config, string source)
    {
        _yaml = new EffectiveConfigWriter().Write(config);
        _source = source;
    }

    /// <summary>A fresh copy.</summary>
    public ProjectConfig Create() => new ProjectConfigLoader(Logger.None).LoadYaml(_yaml, _source);
}
