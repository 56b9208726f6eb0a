using Hls4Net.Core.Config;
using Hls4Net.Estimation;
using Hls4Net.Estimation.Budgets;
using Hls4Net.Nas;
using Hls4Net.Nas.Search;
using Hls4Net.Nas.Space;
using Hls4Net.Ops;
using Serilog.Core;

namespace Hls4Net.Compiler.Tests.Nas;

public sealed class NasSearchTests
{
    private static NasSettings Settings(string latency = "40ns", string dsp = "150", int parallelism = 2, string[]? proxies = null) => new()
    {
        Target = new NasTarget("xcvu9p-flgb2104-2-e", 5, Core.Ir.IoType.IoParallel,
            new EstimateBudget(Dsp: ResourceLimit.Parse(dsp, "--max-dsp"), Latency: LatencyLimit.Parse(latency, "--max-latency"))),
        Seed = 3,
        Proxies = proxies ?? NasProxies.All,
        BatchSize = 16,
        Parallelism = parallelism,
    };

    /// <summary>
    /// The filter agrees with the estimator on every candidate and every choice: each architecture's ONNX file, loaded
    /// by <see cref="HlsModel.Load"/> and configured from the hls4ml YAML of each choice (read back by the config loader),
    /// estimated by <c>hls4net estimate</c>'s estimator and checked against the budget, fits exactly as often as the
    /// search says, the candidate is feasible exactly when one choice fits, and the kept choice's figures are the estimator's.
    /// </summary>
    [Fact]
    public void TheFeasibilityFilterAgreesWithTheEstimatorOnEveryCandidateAndChoice()
    {
        var space = NasTestSpaces.TinyMlp();
        var settings = Settings();
        var report = new NasSearch().Run(space, settings);
        Assert.Equal(12, report.Considered);
        Assert.InRange(report.Feasible, 1, 11); // the budget keeps some and drops some, so both outcomes are checked
        var estimator = new ResourceEstimator(StandardOps.Create().CostRules());
        var catalog = new FpgaPartCatalog();
        var dir = Directory.CreateTempSubdirectory("hls4net-nas-agree-").FullName;
        try
        {
            var enumerator = new NasEnumerator(space);
            foreach (var row in report.Candidates)
            {
                var network = NasNetworkBuilder.BuildInitialized(space, enumerator.At(row.Index), new SeededInitializer(settings.Init), settings.Seed);
                var onnx = Path.Combine(dir, row.Id + ".onnx");
                NasOnnxWriter.Write(network, row.Id, onnx);
                var model = HlsModel.Load(onnx);
                var fits = 0;
                foreach (var choice in space.HardwareChoices())
                {
                    var yaml = new EffectiveConfigWriter().Write(settings.Target.Config(choice));
                    var design = model.Configure(new ProjectConfigLoader(Logger.None).LoadYaml(yaml, "choice.yml"));
                    var estimate = estimator.Estimate(design.Graph, design.Config, catalog);
                    var ok = settings.Target.Budget.Check(estimate).Fits;
                    if (ok) fits++;
                    if (choice.Precision.Name == row.Precision && choice.ReuseFactor == row.ReuseFactor && choice.Strategy.ToString() == row.Strategy)
                    {
                        Assert.Equal((row.Dsp, row.Lut, row.Ff, row.Bram18K, row.LatencyCycles), (estimate.Total.Dsp, estimate.Total.Lut, estimate.Total.Ff, estimate.Total.Bram18K, estimate.LatencyCycles));
                        Assert.Equal(row.Status == NasStatus.Feasible, ok);
                    }
                }
                Assert.Equal(fits, row.FeasibleChoices);
                Assert.Equal(fits > 0 ? NasStatus.Feasible : NasStatus.OverBudget, row.Status);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ADroppedCandidateSaysWhichBudgetsItsClosestMissExceeds()
    {
        var report = new NasSearch().Run(NasTestSpaces.TinyMlp(), Settings());
        var dropped = report.Candidates.Where(c => c.Status == NasStatus.OverBudget).ToList();
        Assert.NotEmpty(dropped);
        Assert.Equal(report.Dropped, dropped.Count);
        foreach (var row in dropped)
        {
            Assert.Null(row.Rank);
            Assert.Matches(@"^(DSP|latency) [0-9.]+ > ", row.Reason);
            if (row.Reason!.Contains("DSP", StringComparison.Ordinal)) Assert.True(row.Dsp > 150, row.Reason);
            if (row.Reason.Contains("latency", StringComparison.Ordinal)) Assert.True(row.LatencyNs > 40, row.Reason);
        }
        Assert.Equal(dropped.Count(r => r.Reason!.Contains("DSP", StringComparison.Ordinal)), report.DropReasons.GetValueOrDefault("DSP"));
        Assert.Equal(dropped.Count(r => r.Reason!.Contains("latency", StringComparison.Ordinal)), report.DropReasons.GetValueOrDefault("latency"));
    }

    [Fact]
    public void TheReportDependsOnlyOnTheInputsNotOnTheThreads()
    {
        var one = FileJson.Serialize(new NasSearch().Run(NasTestSpaces.TinyMlp(), Settings(parallelism: 1)));
        var two = FileJson.Serialize(new NasSearch().Run(NasTestSpaces.TinyMlp(), Settings(parallelism: 2)));
        Assert.Equal(one, two);
        var otherSeed = FileJson.Serialize(new NasSearch().Run(NasTestSpaces.TinyMlp(), Settings(parallelism: 2) with { Seed = 4 }));
        Assert.NotEqual(one, otherSeed);
    }

    [Fact]
    public void FeasibleCandidatesAreRankedByTheProxyAndEveryOneIsScored()
    {
        var report = new NasSearch().Run(NasTestSpaces.TinyMlp(), Settings(latency: "1000", dsp: "100%", proxies: ["params"]));
        Assert.Equal(12, report.Feasible);
        Assert.Equal(Enumerable.Range(1, 12), report.Candidates.Select(c => c.Rank!.Value));
        var parameters = report.Candidates.Select(c => c.Proxies["params"]).ToList();
        Assert.Equal(parameters.OrderDescending(), parameters);
        // params counts weights and biases: 16-32-32-5 has 16*32+32 + 32*32+32 + 32*5+5.
        Assert.Equal(16 * 32 + 32 + 32 * 32 + 32 + 32 * 5 + 5, report.Candidates[0].Proxies["params"]);
        Assert.Equal(report.Candidates[0].Parameters, (long)report.Candidates[0].Proxies["params"]);
    }

    [Fact]
    public void AnArchitectureWhoseShapesDoNotWorkOutIsInvalidAndSaysWhy()
    {
        // [1, 6, 6]: kernel 2 then 5 leaves 5x5 -> 1x1 (valid); kernel 5 then 5 leaves 2x2 for a 5x5 kernel (invalid).
        var report = new NasSearch().Run(NasTestSpaces.TinyCnn2D(), Settings(latency: "1000", dsp: "100%", proxies: ["params"]));
        Assert.Equal(2 + 4, report.Considered);
        var invalid = report.Candidates.Where(c => c.Status == NasStatus.Invalid).ToList();
        Assert.Equal(["c3k5-c3k5-relu"], invalid.Select(c => c.Id));
        Assert.StartsWith("invalid architecture: ", invalid[0].Reason);
        Assert.Equal(1, report.DropReasons["invalid architecture"]);
        Assert.Equal(5, report.Feasible);
    }

    [Fact]
    public void TheProxiesSeeTheFirstRowsOfTheUsersData()
    {
        var space = NasTestSpaces.TinyMlp();
        var rows = Enumerable.Range(0, 20).Select(i => Enumerable.Range(0, 16).Select(j => (double)((i * 7 + j * 3) % 11) - 5).ToArray()).ToList();
        var batch = NasBatch.For(space, Settings() with { Data = new Core.Data.SampleSet(rows, "x.csv") });
        Assert.Equal(16, batch.Batch.Count);
        Assert.Equal(rows[15], batch.Batch.Sample(15).ToArray());
        Assert.Equal("x.csv (first 16 samples)", batch.Source);
        var narrow = new Core.Data.SampleSet([new double[15]], "y.csv");
        Assert.Throws<Core.Data.InputDataException>(() => NasBatch.For(space, Settings() with { Data = narrow }));
    }
}
