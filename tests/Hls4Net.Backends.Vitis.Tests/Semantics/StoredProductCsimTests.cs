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

namespace Hls4Net.Backends.Vitis.Tests.Semantics;

/// <summary>
/// Issue 11's stored products (hls4ml semantics: <c>acc += (accum_t)(x * w)</c>) in whole written projects: a Dense
/// model (io_parallel Latency and Resource, io_stream) and a Conv2D + DepthwiseConv2D model (io_parallel, io_stream),
/// with a narrow saturating accumulator and a narrow wrapping one whose quantization is sign-dependent
/// (AP_RND_CONV / AP_TRN_ZERO: with AP_TRN or AP_RND, storing each product or each sum gives the same bits).
/// The g++ C simulation equals the emulator bit for bit, and the same samples under exact semantics give other
/// outputs, so the cast is exercised (the test cannot pass with exact products on both sides).
/// </summary>
public sealed class StoredProductCsimTests
{
    [Theory]
    [InlineData(IoType.IoParallel, Strategy.Latency)]
    [InlineData(IoType.IoParallel, Strategy.Resource)]
    [InlineData(IoType.IoStream, Strategy.Latency)]
    public void Dense_model_with_stored_products_matches_the_emulator(IoType io, Strategy strategy)
    {
        var g = new Graph("dense_stored");
        var x = new Value("x", new Shape(8));
        g.Inputs.Add(x);
        var d1 = g.Add("d1", new DenseOp(StreamDenseTests.Tensor(new Shape(8, 6), 31), StreamDenseTests.Tensor(new Shape(6), 32)), x);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), d1.Output);
        var d2 = g.Add("d2", new DenseOp(StreamDenseTests.Tensor(new Shape(6, 4), 33), StreamDenseTests.Tensor(new Shape(4), 34)), relu.Output);
        g.Outputs.Add(d1.Output);
        g.Outputs.Add(d2.Output);
        var config = Config(io, strategy, new()
        {
            ["d1"] = [(PrecisionSlot.Accum, "ap_fixed<8,3,AP_TRN,AP_SAT>"), (PrecisionSlot.Result, "ap_fixed<12,4>")],
            ["d2"] = [(PrecisionSlot.Accum, "ap_fixed<9,3,AP_RND_CONV,AP_WRAP>"), (PrecisionSlot.Result, "ap_fixed<12,4>")],
        });
        Check(g, config, samples: 400, seed: 41, range: 6, "nnet::dense");
    }

    [Theory]
    [InlineData(IoType.IoParallel)]
    [InlineData(IoType.IoStream)]
    public void Conv2D_model_with_stored_products_matches_the_emulator(IoType io)
    {
        var g = new Graph("conv_stored");
        var x = new Value("x", new Shape(6, 5, 2));
        g.Inputs.Add(x);
        var conv = g.Add("conv", new Conv2DOp(StreamDenseTests.Tensor(new Shape(3, 3, 2, 3), 35), StreamDenseTests.Tensor(new Shape(3), 36),
            (1, 1), new Padding2D(1, 1, 1, 1), (1, 1)), x);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), conv.Output);
        var dw = g.Add("dw", new DepthwiseConv2DOp(StreamDenseTests.Tensor(new Shape(2, 2, 3, 2), 37), StreamDenseTests.Tensor(new Shape(6), 38),
            (1, 1), new Padding2D(0, 1, 0, 1), (1, 1)), relu.Output);
        g.Outputs.Add(conv.Output);
        g.Outputs.Add(dw.Output);
        var config = Config(io, Strategy.Latency, new()
        {
            ["conv"] = [(PrecisionSlot.Accum, "ap_fixed<8,3,AP_TRN,AP_SAT>"), (PrecisionSlot.Result, "ap_fixed<12,4>")],
            ["dw"] = [(PrecisionSlot.Accum, "ap_fixed<9,3,AP_TRN_ZERO,AP_WRAP>"), (PrecisionSlot.Result, "ap_fixed<12,4>")],
        });
        Check(g, config, samples: 150, seed: 42, range: 6, io == IoType.IoStream ? "conv_2d_cl_stream" : "conv_2d_cl");
    }

    /// <summary>A project config under hls4ml semantics with the given strategy (reuse 2 for Resource) and LayerName precisions.</summary>
    private static ProjectConfig Config(IoType io, Strategy strategy, Dictionary<string, (PrecisionSlot Slot, string Type)[]> layers)
    {
        var config = StreamCheck.Config(io);
        config.Semantics = ArithmeticSemantics.Hls4ml;
        config.Hls.Model.Strategy = strategy;
        config.Hls.Model.ReuseFactor = strategy == Strategy.Resource ? 2 : 1;
        foreach (var (name, settings) in layers)
        {
            var layer = config.Hls.GetOrAddLayer(name);
            foreach (var (slot, type) in settings) layer.Precision[slot] = FixedType.Parse(type);
        }
        return config;
    }

    private static void Check(Graph g, ProjectConfig config, int samples, int seed, double range, string kernel)
    {
        DefaultPipeline.Create().Run(g, new PassContext(config, verifyAfterEachPass: true));
        var macs = g.Nodes.Where(n => n.Op is DenseOp or Conv2DOp or DepthwiseConv2DOp).ToList();
        Assert.All(macs, n => Assert.Equal(ArithmeticSemantics.Hls4ml, n.Hardware.Semantics));

        var rng = new Random(seed);
        var width = g.Inputs[0].Shape.Size;
        var rows = new List<double[]>();
        for (var s = 0; s < samples; s++) rows.Add(Enumerable.Range(0, width).Select(_ => Math.Round((rng.NextDouble() * 2 - 1) * range, 5)).ToArray());
        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        var csim = CsimFlow.WriteAndSimulate(g, config, outDir, rows, CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types")));
        var cpp = File.ReadAllText(Path.Combine(outDir, "firmware", "myproject.cpp"));
        var parameters = File.ReadAllText(Path.Combine(outDir, "firmware", "parameters.h"));
        Assert.Contains(kernel, cpp + parameters);
        Assert.Contains("static const bool store_products = true;", parameters);
        Assert.DoesNotContain("store_products = false", parameters);

        var flat = rows.SelectMany(r => r).ToArray();
        var interpreter = new Interpreter(StandardOps.Create().Kernels());
        var stored = interpreter.Run(g, flat, samples);
        var compared = CsimFlow.CompareRaw(stored, csim.Outputs, samples);
        Assert.True(compared.Mismatches == 0, $"{compared.Mismatches} mismatching values; first: {compared.First}");

        // Each MAC layer alone back to exact products: its own output (a graph output) must change on these samples,
        // so every accumulator's cast matters by itself (not only through the layers before it).
        foreach (var n in macs)
        {
            var k = g.Outputs.IndexOf(n.Output);
            Assert.True(k >= 0, $"'{n.Name}' must be a graph output");
            n.Hardware = n.Hardware with { Semantics = ArithmeticSemantics.Exact };
            var exact = interpreter.Run(g, flat, samples);
            n.Hardware = n.Hardware with { Semantics = ArithmeticSemantics.Hls4ml };
            var differ = stored.Outputs[k].Raw.Zip(exact.Outputs[k].Raw).Count(p => p.First != p.Second);
            Assert.True(differ >= samples / 10, $"'{n.Name}': only {differ} values differ between hls4ml and exact products");
        }
        if (config.Hls.Model.Strategy == Strategy.Resource) Assert.Contains("nnet::resource", parameters);
    }
}
