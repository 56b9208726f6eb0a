using Hls4Net.Core.Config;
using Hls4Net.Core.Passes;
using Hls4Net.Frontends;
using Serilog;

namespace Hls4Net;

/// <summary>
/// Loads the configuration (YAML + overrides), imports the model and runs the default pass pipeline.
/// The model comes from the command line, else from the config's OnnxModel / KerasJson+KerasH5 / KerasModel.
/// </summary>
public sealed class ModelCompiler
{
    private readonly ILogger _log;

    public ModelCompiler(ILogger log) => _log = log;

    /// <summary>Run the graph verifier after every pass (tests turn this on).</summary>
    public bool VerifyPasses { get; init; }

    public CompiledModel Compile(CompileRequest request)
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
        RecordModel(config, model, weights);
        _log.Information("Importing {Model}", model);
        var graph = new ModelLoader().Load(model, weights);
        DefaultPipeline.Create().Run(graph, new PassContext(config, _log, VerifyPasses));
        return new CompiledModel(graph, config, model);
    }

    private static (string Model, string? Weights) ModelFiles(CompileRequest request, ProjectConfig config)
    {
        if (request.ModelPath is not null) return (Path.GetFullPath(request.ModelPath), request.WeightsPath is null ? null : Path.GetFullPath(request.WeightsPath));
        if (config.OnnxModel is not null) return (config.OnnxModel, null);
        if (config.KerasJson is not null) return (config.KerasJson, config.KerasH5);
        if (config.KerasModel is not null) return (config.KerasModel, null);
        throw new UsageException("no model given: pass a model file, or a --config naming OnnxModel, KerasJson + KerasH5 or KerasModel");
    }

    /// <summary>Keep the model's location in the effective config, so a project knows where it came from.</summary>
    private static void RecordModel(ProjectConfig config, string model, string? weights)
    {
        config.OnnxModel = config.KerasJson = config.KerasH5 = config.KerasModel = null;
        switch (Path.GetExtension(model).ToLowerInvariant())
        {
            case ".onnx": config.OnnxModel = model; break;
            case ".json": config.KerasJson = model; config.KerasH5 = weights; break;
            default: config.KerasModel = model; break;
        }
    }
}
