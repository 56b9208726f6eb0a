using Hls4Net.Core.Config;
using Serilog;

namespace Hls4Net;

/// <summary>
/// Turns a <see cref="CompileRequest"/> into a <see cref="HlsDesign"/>: loads the configuration (YAML + overrides), then
/// <see cref="HlsModel.Load"/> and <see cref="HlsModel.Configure"/>. The model comes from the request, else from the
/// config's OnnxModel / KerasJson+KerasH5 / KerasModel.
/// </summary>
public sealed class ModelCompiler
{
    private readonly ILogger _log;

    public ModelCompiler(ILogger log) => _log = log;

    /// <summary>Run the graph verifier after every pass (tests turn this on).</summary>
    public bool VerifyPasses { get; init; }

    /// <exception cref="UsageException">An override has a bad value, or no model is named.</exception>
    public HlsDesign Compile(CompileRequest request)
    {
        var config = request.ConfigPath is null ? new ProjectConfig() : new ProjectConfigLoader(_log).LoadFile(request.ConfigPath);
        try
        {
            request.Overrides.ApplyTo(config, new FpgaPartCatalog(), _log);
        }
        catch (ConfigException e)
        {
            throw new UsageException(e.Message); // a bad --precision, --reuse-factor, --strategy, ... value
        }
        var (model, weights) = ModelFiles(request, config);
        return HlsModel.Load(model, new LoadOptions { WeightsPath = weights, Log = _log, VerifyPasses = VerifyPasses }).Configure(config);
    }

    private static (string Model, string? Weights) ModelFiles(CompileRequest request, ProjectConfig config)
    {
        if (request.ModelPath is not null) return (Path.GetFullPath(request.ModelPath), request.WeightsPath is null ? null : Path.GetFullPath(request.WeightsPath));
        if (config.OnnxModel is not null) return (config.OnnxModel, null);
        if (config.KerasJson is not null) return (config.KerasJson, config.KerasH5);
        if (config.KerasModel is not null) return (config.KerasModel, null);
        throw new UsageException("no model given: pass a model file, or a --config naming OnnxModel, KerasJson + KerasH5 or KerasModel");
    }
}
