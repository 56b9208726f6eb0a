using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Passes;
using Serilog;
using Serilog.Core;

namespace Hls4Net;

/// <summary>
/// An imported model after the structural passes (<see cref="DefaultPipeline.Structural"/>), which depend on the model
/// only. Importing is done once, by <see cref="Load"/>; <see cref="Configure"/> then makes a <see cref="HlsDesign"/> for a
/// configuration from a copy of the graph, so one model can be configured many times (sweeps, searches) and is never
/// changed by it.
/// </summary>
/// <example>
/// <code>
/// var model = HlsModel.Load("samples/jet_mlp.onnx");
/// var config = new ProjectConfig { OutputDir = "jet_prj" };
/// config.Hls.Model.SetDefaultPrecision(FixedType.Parse("ap_fixed&lt;12,4&gt;"));
/// var design = model.Configure(config);
/// design.Write("jet_prj");
/// </code>
/// </example>
public sealed class HlsModel
{
    private readonly Graph _graph;
    private readonly ILogger _log;
    private readonly bool _verifyPasses;
    private int _emulationThreads = Environment.ProcessorCount;

    private HlsModel(Graph graph, string modelPath, string? weightsPath, ILogger log, bool verifyPasses)
    {
        _graph = graph;
        ModelPath = modelPath;
        WeightsPath = weightsPath;
        _log = log;
        _verifyPasses = verifyPasses;
    }

    /// <summary>The model file, as a full path.</summary>
    public string ModelPath { get; }

    /// <summary>The Keras weights file, as a full path, or null.</summary>
    public string? WeightsPath { get; }

    /// <summary>
    /// The emulator threads of every design <see cref="Configure"/> makes from now on (<see cref="HlsDesign.EmulationThreads"/>;
    /// default: every core). Outputs and overflow counts do not depend on it.
    /// </summary>
    /// <exception cref="UsageException">The value is below 1.</exception>
    public int EmulationThreads
    {
        get => _emulationThreads;
        set => _emulationThreads = value >= 1 ? value : throw new UsageException($"the number of threads must be at least 1, got {value}");
    }

    /// <summary>The model's name (from the file).</summary>
    public string Name => _graph.Name;

    /// <summary>
    /// Import a model file (<c>.onnx</c>; Keras <c>.json</c> with <see cref="LoadOptions.WeightsPath"/>, full-model
    /// <c>.h5</c> or <c>.keras</c>) and run the structural passes on it.
    /// </summary>
    /// <exception cref="Frontends.ModelLoadException">The file is missing, of an unknown format, or cannot be imported.</exception>
    public static HlsModel Load(string path, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new LoadOptions();
        var log = options.Log ?? Logger.None;
        var model = Path.GetFullPath(path);
        var weights = options.WeightsPath is null ? null : Path.GetFullPath(options.WeightsPath);
        log.Information("Importing {Model}", model);
        var graph = new ModelLoader().Load(model, weights);
        DefaultPipeline.Structural().Run(graph, new PassContext(new ProjectConfig(), log, options.VerifyPasses));
        return new HlsModel(graph, model, weights, log, options.VerifyPasses);
    }

    /// <summary>
    /// A design of this model for <paramref name="config"/>: a copy of the graph (<see cref="Graph.Clone"/>) through the
    /// configuration passes (<see cref="DefaultPipeline.Configuration"/>: precisions, hardware, hls4ml keys). The model's
    /// location is recorded in <paramref name="config"/> (<see cref="ProjectConfig.OnnxModel"/> or the Keras keys), which
    /// the design keeps: give each design its own config object.
    /// </summary>
    /// <exception cref="ConfigException">A setting does not fit the model (e.g. a reuse factor that divides no layer size).</exception>
    public HlsDesign Configure(ProjectConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        RecordModel(config);
        var graph = _graph.Clone();
        DefaultPipeline.Configuration().Run(graph, new PassContext(config, _log, _verifyPasses), "structural passes");
        return new HlsDesign(graph, config, ModelPath, _log) { EmulationThreads = _emulationThreads };
    }

    /// <summary>A copy of the graph after the structural passes (changing it does not change the model).</summary>
    public Graph CopyGraph() => _graph.Clone();

    /// <summary>
    /// A model of <paramref name="graph"/> (e.g. a pruned <see cref="CopyGraph"/>), recorded as coming from
    /// <paramref name="modelPath"/> (default: this model's file); this model is unchanged.
    /// </summary>
    public HlsModel WithGraph(Graph graph, string? modelPath = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new HlsModel(graph.Clone(), modelPath is null ? ModelPath : Path.GetFullPath(modelPath), WeightsPath, _log, _verifyPasses)
        {
            EmulationThreads = _emulationThreads,
        };
    }

    /// <summary>Keep the model's location in the effective config, so a project knows where it came from.</summary>
    private void RecordModel(ProjectConfig config)
    {
        config.OnnxModel = config.KerasJson = config.KerasH5 = config.KerasModel = null;
        switch (Path.GetExtension(ModelPath).ToLowerInvariant())
        {
            case ".onnx": config.OnnxModel = ModelPath; break;
            case ".json": config.KerasJson = ModelPath; config.KerasH5 = WeightsPath; break;
            default: config.KerasModel = ModelPath; break;
        }
    }
}
