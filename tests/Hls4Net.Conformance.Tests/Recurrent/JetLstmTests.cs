using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.TestSupport;
using Serilog.Core;
using Xunit.Abstractions;

namespace Hls4Net.Conformance.Tests.Recurrent;

/// <summary>
/// Issue 17's jet-constituent model (tests/fixtures/rnn/jet_lstm: 20 steps × 6 features → LSTM 16 → Dense 5, torch
/// 1.13 export) in fixed point: the emulation at the default ap_fixed&lt;16,6&gt; stays close to torch's own outputs,
/// and the C simulation is bit-exact with it under a rounding, saturating precision, a reuse factor and the Resource
/// strategy (one g++ build each).
/// </summary>
public sealed class JetLstmTests
{
    /// <summary>The largest |emulation − torch| allowed at ap_fixed&lt;16,6&gt; (10 fractional bits, 20 recurrent steps).</summary>
    public const double FixedPointTolerance = 0.05;

    private readonly ITestOutputHelper _output;

    public JetLstmTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void FixedPointEmulationIsWithinToleranceOfTorch()
    {
        var (model, _, input, expected) = RecurrentFixtureTests.Load("jet_lstm");
        var compiled = new ModelCompiler(Logger.None).Compile(new CompileRequest(model, null, null, new ConfigOverrides()));
        var lstm = Assert.Single(compiled.Graph.Nodes, n => n.Op is LstmOp);
        Assert.Equal([20, 6], lstm.Inputs[0].Shape.Dims.ToArray());
        Assert.Equal(16, ((LstmOp)lstm.Op).Units);
        var rows = EmulationRunner.Rows(new EmulationRunner().Run(compiled.Graph, input));
        var actual = rows.SelectMany(r => r).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        var max = actual.Zip(expected, (a, e) => Math.Abs(a - e)).Max();
        _output.WriteLine($"jet_lstm ap_fixed<16,6>: max |emulation - torch| = {max:E3} over {expected.Length} values");
        Assert.True(max <= FixedPointTolerance, $"max |emulation - torch| = {max}");
    }

    [Theory]
    [InlineData("ap_fixed<14,5,AP_RND_CONV,AP_SAT>", 1, "Latency")]
    [InlineData("ap_fixed<16,6>", 4, "Resource")]
    public void CsimIsBitExactUnderOtherPrecisionsAndReuse(string precision, int reuse, string strategy)
    {
        var (model, _, input, _) = RecurrentFixtureTests.Load("jet_lstm");
        var wide = SampleSet.Random(6, input.Rows[0].Length, seed: 5, scale: 6.0);
        var samples = new SampleSet([.. input.Rows.Take(6), .. wide.Rows], "jet");
        var result = new ConformanceRunner().Run(model, null, null,
            new ConfigOverrides { Precision = precision, ReuseFactor = reuse, Strategy = strategy }, samples, CsimFlow.Options());
        _output.WriteLine($"{precision} RF{reuse} {strategy}: {result.Report.BitExactSamples}/{result.Report.Samples} bit-exact");
        Assert.True(result.Report.AllBitExact, $"{result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }

    /// <summary>hls4ml's <c>static: false</c> (one step instance per step) reaches the C++ config and gives the same bits.</summary>
    [Fact]
    public void NonStaticIsWrittenToTheConfigAndStaysBitExact()
    {
        const string yaml = """
            HLSConfig:
              Model: {Precision: 'ap_fixed<16,6>'}
              LayerType:
                LSTM: {static: false}
            """;
        var (model, _, input, _) = RecurrentFixtureTests.Load("jet_lstm");
        var work = Directory.CreateTempSubdirectory("hls4net-jet-");
        try
        {
            var configPath = Path.Combine(work.FullName, "config.yml");
            File.WriteAllText(configPath, yaml);
            var design = new ModelCompiler(Logger.None).Compile(new CompileRequest(model, null, configPath, new ConfigOverrides()));
            var dir = design.Write(Path.Combine(work.FullName, "prj"));
            var parameters = File.ReadAllText(Path.Combine(dir, "firmware", "parameters.h"));
            Assert.Contains("static const bool use_static = false;", parameters);

            var samples = new SampleSet([.. input.Rows.Take(4)], "jet");
            var result = new ConformanceRunner().Run(model, null, yaml, new ConfigOverrides(), samples, CsimFlow.Options());
            Assert.True(result.Report.AllBitExact, $"{result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void IoStreamIsRefusedNamingTheLayer()
    {
        var (model, _, _, _) = RecurrentFixtureTests.Load("jet_lstm");
        var design = new ModelCompiler(Logger.None).Compile(new CompileRequest(model, null, null, new ConfigOverrides { IoType = "io_stream" }));
        var work = Directory.CreateTempSubdirectory("hls4net-jet-stream-");
        try
        {
            var e = Assert.ThrowsAny<Hls4NetException>(() => design.Write(Path.Combine(work.FullName, "prj")));
            Assert.Contains("'/rnn/LSTM' (LSTM): recurrent layers are supported in io_parallel only", e.Message);
            Assert.False(Directory.Exists(Path.Combine(work.FullName, "prj")));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
