using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Emulation.Float;
using Hls4Net.Estimation;
using Hls4Net.Estimation.Budgets;
using Hls4Net.Nas;
using Hls4Net.Nas.Output;
using Hls4Net.Nas.Search;
using Hls4Net.Nas.Space;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Nas;

public sealed class NasFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-nas-folder-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static NasSettings Settings(NasSpace space) => new()
    {
        Target = new NasTarget("xcvu9p-flgb2104-2-e", 5, space.IoType, new EstimateBudget(Latency: LatencyLimit.Parse("100ns", "--max-latency"))),
        Seed = 11,
        Proxies = NasProxies.All,
        BatchSize = 8,
    };

    [Fact]
    public void TheFolderHoldsTheResultsAndTheTopCandidatesAndIsDeterministic()
    {
        var space = NasTestSpaces.TinyMlp();
        var settings = Settings(space);
        var a = Path.Combine(_dir, "a");
        var b = Path.Combine(_dir, "b");
        var report = NasFolder.Write(a, space, settings, new NasSearch().Run(space, settings), top: 3);
        NasFolder.Write(b, space, settings, new NasSearch().Run(space, settings), top: 3);
        Assert.Equal(3, report.Top.Count);
        foreach (var file in new[] { "results.csv", "results.json", "pareto.svg" }.Concat(report.Top.SelectMany(t => new[] { $"{t}/model.onnx", $"{t}/hls4ml_config.yml" })))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
        }
        var csv = File.ReadAllLines(Path.Combine(a, "results.csv"));
        Assert.Equal(1 + 12, csv.Length);
        Assert.StartsWith("rank,index,id,status,architecture,parameters,precision,reuse_factor,strategy,dsp,lut,ff,bram18k,latency_cycles,latency_ns,ii,feasible_choices,choices,naswot,synflow,params,bops,pareto,reason", csv[0]);
        var svg = File.ReadAllText(Path.Combine(a, "pareto.svg"));
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(svg, "class=\"panel\"").Count);
        Assert.Contains("class=\"point front\"", svg);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(_dir), e => Path.GetFileName(e).StartsWith('.'));
    }

    [Fact]
    public void TheExportedFilesReproduceTheSearchesEstimate()
    {
        var space = NasTestSpaces.TinyMlp();
        var settings = Settings(space);
        var report = NasFolder.Write(Path.Combine(_dir, "out"), space, settings, new NasSearch().Run(space, settings), top: 2);
        foreach (var (row, folder) in report.Candidates.Take(2).Zip(report.Top))
        {
            var config = new ProjectConfigLoader(Serilog.Core.Logger.None).LoadFile(Path.Combine(_dir, "out", folder, "hls4ml_config.yml"));
            var design = HlsModel.Load(config.OnnxModel!).Configure(config);
            var estimate = new ResourceEstimator(StandardOps.Create().CostRules()).Estimate(design.Graph, design.Config, new FpgaPartCatalog());
            Assert.Equal((row.Dsp, row.Lut, row.Ff, row.Bram18K, row.LatencyCycles), (estimate.Total.Dsp, estimate.Total.Lut, estimate.Total.Ff, estimate.Total.Bram18K, estimate.LatencyCycles));
            Assert.Equal(row.ReuseFactor, config.Hls.Model.ReuseFactor);
        }
    }

    [Fact]
    public void AFolderThatIsNotASearchIsNeverReplaced()
    {
        var mine = Path.Combine(_dir, "mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "keep");
        var e = Assert.Throws<UsageException>(() => NasFolder.Prepare(mine, force: true));
        Assert.Contains("is not a search folder (notes.txt)", e.Message);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(mine, "notes.txt")));

        var space = NasTestSpaces.TinyCnn();
        var settings = Settings(space);
        var previous = Path.Combine(_dir, "previous");
        NasFolder.Write(previous, space, settings, new NasSearch().Run(space, settings), top: 1);
        Assert.Contains("add --force", Assert.Throws<UsageException>(() => NasFolder.Prepare(previous, force: false)).Message);
        NasFolder.Prepare(previous, force: true);
    }

    /// <summary>
    /// The ONNX writer means what the network computes: the imported graph's float interpreter (our ONNX importer and
    /// float kernels) gives the float network's own forward pass (a separate implementation) on random inputs, for an
    /// MLP, a 1D CNN with pooling and a 2D CNN (channels first, Gemm transB = 1, Conv weights [filters, channels, kernel]).
    /// </summary>
    [Fact]
    public void TheExportedOnnxComputesWhatTheFloatNetworkComputes()
    {
        foreach (var space in new[] { NasTestSpaces.TinyMlp(), NasTestSpaces.TinyCnn(), NasTestSpaces.TinyCnn2D() })
        {
            var enumerator = new NasEnumerator(space);
            var architecture = enumerator.At(space.Kind == NasModelKind.Cnn2D ? 2 : enumerator.Count - 1); // 2D: two blocks of kernel 2
            var network = NasNetworkBuilder.BuildInitialized(space, architecture, new SeededInitializer(), 5);
            var graph = NasHardwareFilter.Import(network, "x");
            var samples = SampleSet.Random(4, network.InputSize, seed: 9);
            var outputs = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(graph, samples.Flatten(), samples.Count).Outputs[0];
            for (var s = 0; s < samples.Count; s++)
            {
                var expected = network.Forward(samples.Rows[s]);
                for (var j = 0; j < expected.Length; j++) Assert.Equal(expected[j], outputs[s * expected.Length + j], 9);
            }
        }
    }

    /// <summary>The exported ONNX of a top candidate converts (with its YAML), emulates and C-simulates bit-exact (one g++ build).</summary>
    [ToolFact("g++")]
    public void ATopCandidateConvertsEmulatesAndCSimulatesBitExact()
    {
        var space = NasTestSpaces.TinyCnn();
        var settings = Settings(space);
        var report = NasFolder.Write(Path.Combine(_dir, "cnn"), space, settings, new NasSearch().Run(space, settings), top: 1);
        var config = new ProjectConfigLoader(Serilog.Core.Logger.None).LoadFile(Path.Combine(_dir, "cnn", report.Top[0], "hls4ml_config.yml"));
        var design = HlsModel.Load(config.OnnxModel!).Configure(config);
        var samples = SampleSet.Random(5, 2 * 12, seed: 4);
        var csim = CsimFlow.WriteAndSimulate(design.Graph, design.Config, Path.Combine(_dir, "prj"), samples.Rows);
        var comparison = CsimFlow.CompareRaw(design.Emulate(samples), csim.Outputs, samples.Count);
        Assert.True(comparison.Mismatches == 0, comparison.First);
    }
}
