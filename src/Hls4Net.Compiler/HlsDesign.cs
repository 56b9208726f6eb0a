using Hls4Net.Backends.Vitis;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Hls4Net.Verification;
using Serilog;

namespace Hls4Net;

/// <summary>
/// A model configured for one <see cref="ProjectConfig"/> (made by <see cref="HlsModel.Configure"/>): its final graph
/// with precisions and hardware choices, which can be emulated bit-accurately, verified against a float reference,
/// written as a Vitis HLS project and C-simulated.
/// </summary>
public sealed class HlsDesign
{
    private readonly ILogger _log;

    // One emulator per design: its kernels (and their per-node plan caches) are built once, not on every Emulate call
    // (Write and Csim emulate too); made again when the thread count changes.
    private EmulationRunner? _emulator;
    private int _emulationThreads = Environment.ProcessorCount;

    internal HlsDesign(Graph graph, ProjectConfig config, string modelPath, ILogger log)
    {
        Graph = graph;
        Config = config;
        ModelPath = modelPath;
        _log = log;
    }

    /// <summary>The configured graph (this design's own copy).</summary>
    public Graph Graph { get; }

    /// <summary>The effective configuration, with the model's location recorded.</summary>
    public ProjectConfig Config { get; }

    /// <summary>The model file, as a full path.</summary>
    public string ModelPath { get; }

    /// <summary>Run the bit-accurate fixed-point emulator on <paramref name="samples"/> (one row per sample, the model's single input).</summary>
    /// <param name="samples">The inputs.</param>
    /// <param name="trace">Also keep every layer's output (<see cref="InterpreterResult.Trace"/>).</param>
    /// <exception cref="InputDataException">The rows do not fit the model's input, or the batch is too large to hold.</exception>
    public InterpreterResult Emulate(SampleSet samples, bool trace = false) => Emulator.Run(Graph, samples, trace);

    /// <summary>
    /// The most threads one emulation uses (default: every core). The batch is cut into consecutive slices, one per
    /// thread; outputs and overflow counts are the same for every value.
    /// </summary>
    /// <exception cref="UsageException">The value is below 1.</exception>
    public int EmulationThreads
    {
        get => _emulationThreads;
        set
        {
            if (value < 1) throw new UsageException($"the number of threads must be at least 1, got {value}");
            if (value == _emulationThreads) return;
            _emulationThreads = value;
            _emulator = null;
        }
    }

    private EmulationRunner Emulator => _emulator ??= new EmulationRunner(_emulationThreads);

    /// <summary>The emulator's outputs for <paramref name="samples"/>: one row per sample, every graph output's values in output order.</summary>
    public IReadOnlyList<double[]> Emulate(IReadOnlyList<double[]> samples) =>
        EmulationRunner.Rows(Emulate(new SampleSet(samples, "samples")));

    /// <summary>Compare the emulator with a float reference (and, when asked, with the C simulation bit for bit).</summary>
    public VerifyReport Verify(VerifySettings settings) => new Verifier(_log).Run(this, settings);

    /// <summary>Write the design as a Vitis HLS project into <paramref name="outputDir"/>.</summary>
    /// <returns>The full path of the project folder.</returns>
    public string Write(string outputDir, WriteOptions? options = null)
    {
        options ??= new WriteOptions();
        var samples = options.TestSamples;
        var predictions = samples is null ? null : EmulationRunner.Rows(Emulate(samples));
        return WriteProject(outputDir, options.Force, samples?.Rows, predictions, options.SourceFiles);
    }

    /// <summary>
    /// Write the design as a project (a temporary folder, deleted afterwards, unless <paramref name="keepProject"/> names
    /// one), C-simulate it with g++ on <paramref name="samples"/> and compare its outputs with the emulator's bit for bit.
    /// </summary>
    /// <param name="samples">The inputs.</param>
    /// <param name="keepProject">A folder to keep the project in, or null for a temporary one.</param>
    /// <param name="force">Replace a non-empty <paramref name="keepProject"/> folder.</param>
    public BitExactComparison Csim(SampleSet samples, string? keepProject = null, bool force = false) =>
        new CsimCheck(_log).Run(this, samples, Emulate(samples), keepProject, force);

    internal string WriteProject(string outputDir, bool force, IReadOnlyList<double[]>? inputs, IReadOnlyList<double[]>? predictions, IEnumerable<string?>? sourceFiles) =>
        StandardBackends.Create().For(Config.Backend, _log).Write(Graph, Config, outputDir, force, inputs, predictions, sourceFiles);
}
