using Hls4Net.Backends.Vitis.Tests.Project;
using Hls4Net.Backends.Vitis.Tests.Stream;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Pruning;

/// <summary>
/// Pruned Resource-strategy Dense layers stored compressed (nnet::dense_compressed: nonzero weights with their row and
/// column indexes): the g++ C simulation of the written project equals the emulator (which runs the plain Dense
/// kernel, zeros included) bit for bit, under exact semantics and under hls4ml's stored products with narrow
/// saturating and sign-dependent wrapping accumulators, with a reuse factor that does not divide one layer's nonzero count,
/// in io_parallel and in io_stream (nnet::dense_compressed_stream, one row per stream element).
/// </summary>
public sealed class CompressedDenseCsimTests
{
    /// <summary>Random weights with only every <paramref name="keepOneIn"/>-th weight kept (never zero), the others zero.</summary>
    private static ConstTensor Pruned(Shape shape, int seed, int keepOneIn)
    {
        var t = StreamDenseTests.Tensor(shape, seed);
        var data = t.Data.Select((w, i) => i % keepOneIn == 0 ? (w == 0 ? 0.5f : w) : 0f).ToArray();
        return new ConstTensor(shape, data);
    }

    [Theory]
    [InlineData(ArithmeticSemantics.Exact, IoType.IoParallel)]
    [InlineData(ArithmeticSemantics.Hls4ml, IoType.IoParallel)]
    [InlineData(ArithmeticSemantics.Hls4ml, IoType.IoStream)]
    public void CompressedResourceDenseMatchesTheEmulatorBitForBit(ArithmeticSemantics semantics, IoType io)
    {
        var g = new Graph("pruned_dense");
        var x = new Value("x", new Shape(8));
        g.Inputs.Add(x);
        var d1 = g.Add("d1", new DenseOp(Pruned(new Shape(8, 6), 51, 2), StreamDenseTests.Tensor(new Shape(6), 52)), x);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), d1.Output);
        var d2 = g.Add("d2", new DenseOp(Pruned(new Shape(6, 4), 53, 3), StreamDenseTests.Tensor(new Shape(4), 54)), relu.Output);
        g.Outputs.Add(d1.Output);
        g.Outputs.Add(d2.Output);
        var config = StreamCheck.Config(io);
        config.Semantics = semantics;
        config.Hls.Model.Strategy = Strategy.Resource;
        // d1: 24 nonzeros at RF 4 → 6 multipliers; d2: 8 nonzeros at RF 3 → 3 multipliers, its last block partly empty.
        foreach (var (name, accum, rf) in new[] { ("d1", "ap_fixed<8,3,AP_TRN,AP_SAT>", 4), ("d2", "ap_fixed<9,3,AP_RND_CONV,AP_WRAP>", 3) })
        {
            var layer = config.Hls.GetOrAddLayer(name);
            layer.ReuseFactor = rf;
            layer.Precision[PrecisionSlot.Accum] = FixedType.Parse(accum);
            layer.Precision[PrecisionSlot.Result] = FixedType.Parse("ap_fixed<12,4>");
        }
        DefaultPipeline.Create().Run(g, new PassContext(config, verifyAfterEachPass: true));

        const int samples = 300;
        var rng = new Random(55);
        var rows = new List<double[]>();
        for (var s = 0; s < samples; s++) rows.Add(Enumerable.Range(0, 8).Select(_ => Math.Round((rng.NextDouble() * 2 - 1) * 6, 5)).ToArray());
        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        var csim = CsimFlow.WriteAndSimulate(g, config, outDir, rows, CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types")));
        var cpp = File.ReadAllText(Path.Combine(outDir, "firmware", "myproject.cpp"));
        var parameters = File.ReadAllText(Path.Combine(outDir, "firmware", "parameters.h"));
        var call = io == IoType.IoStream ? "nnet::dense_compressed_stream<" : "nnet::dense_compressed<";
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(cpp, call).Count);
        Assert.Contains("static const unsigned n_nonzeros = 24;", parameters); // 48 weights, every other one kept
        Assert.Contains("static const unsigned n_nonzeros = 8;", parameters); // 24 weights, one in three kept

        var emulated = new Interpreter(StandardOps.Create().Kernels()).Run(g, rows.SelectMany(r => r).ToArray(), samples);
        var compared = CsimFlow.CompareRaw(emulated, csim.Outputs, samples);
        Assert.True(compared.Mismatches == 0, $"{compared.Mismatches} mismatching values; first: {compared.First}");
    }
}
