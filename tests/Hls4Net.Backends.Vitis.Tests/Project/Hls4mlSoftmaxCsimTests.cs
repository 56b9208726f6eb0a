using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>
/// Issue 11: hls4ml's table softmaxes (stable, latency, legacy) under Semantics: hls4ml, configured through the
/// default pipeline, written as a project and run through the g++ C simulation in io_parallel and io_stream (our
/// ap_types and Xilinx's): every output bit equals the emulator's. Under Semantics: exact the same graph keeps
/// Hls4Net's own softmax, also bit for bit.
/// </summary>
public sealed class Hls4mlSoftmaxCsimTests
{
    private const string Layers = """
          LayerName:
            sm_stable: {Implementation: stable}
            sm_latency: {Implementation: latency}
            sm_legacy: {Implementation: legacy}
            sm_narrow: {Implementation: stable, Precision: {result: 'ap_ufixed<10,0,AP_RND,AP_SAT>', accum: 'ap_fixed<12,4,AP_RND,AP_SAT>', exp_table: 'ap_ufixed<12,1,AP_RND,AP_SAT>', inv_table: 'ap_ufixed<12,4,AP_RND,AP_SAT>', inv_inp: 'ap_ufixed<10,4>'}, TableSize: 256}
        """;

    /// <summary>x[2,6] -> fc Dense(6->6) per row and four softmaxes over the last axis, of x itself and of fc's output.</summary>
    private static Graph Net()
    {
        var g = new Graph("sm4");
        var x = new Value("x", new Shape(2, 6));
        g.Inputs.Add(x);
        var rng = new Random(11);
        var w = new ConstTensor(new Shape(6, 6), Enumerable.Range(0, 36).Select(_ => (float)(rng.NextDouble() * 4 - 2)).ToArray());
        var b = new ConstTensor(new Shape(6), Enumerable.Range(0, 6).Select(_ => (float)(rng.NextDouble() - 0.5)).ToArray());
        var fc = g.Add("fc", new DenseOp(w, b), x);
        g.Outputs.Add(g.Add("sm_stable", new SoftmaxOp(), x).Output);
        g.Outputs.Add(g.Add("sm_latency", new SoftmaxOp(), x).Output);
        g.Outputs.Add(g.Add("sm_legacy", new SoftmaxOp(), fc.Output).Output);
        g.Outputs.Add(g.Add("sm_narrow", new SoftmaxOp(), fc.Output).Output);
        return g;
    }

    public static TheoryData<string, string, bool> Cases() => new()
    {
        { "hls4ml", "io_parallel", false },
        { "hls4ml", "io_stream", false },
        { "exact", "io_parallel", false },
        { "exact", "io_stream", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Emulator_and_csim_agree_bit_for_bit(string semantics, string io, bool vendor) => Check(semantics, io, vendor);

    [VendorApTypesTheory]
    [Trait("Lane", "Slow")]
    [InlineData("hls4ml", "io_parallel")]
    [InlineData("hls4ml", "io_stream")]
    public void Emulator_and_csim_with_xilinx_ap_types_agree_bit_for_bit(string semantics, string io) => Check(semantics, io, true);

    private static void Check(string semantics, string io, bool vendor)
    {
        var config = new ProjectConfigLoader().LoadYaml($"ProjectName: myproject\nSemantics: {semantics}\nIOType: {io}\nHLSConfig:\n  Model: {{Precision: 'ap_fixed<16,6>'}}\n{Layers}");
        var graph = Net();
        DefaultPipeline.Create().Run(graph, new PassContext(config, verifyAfterEachPass: true));
        var expected = semantics == "hls4ml"
            ? new[] { SoftmaxVariant.Stable, SoftmaxVariant.Latency, SoftmaxVariant.Legacy, SoftmaxVariant.Stable }
            : [SoftmaxVariant.Exact, SoftmaxVariant.Exact, SoftmaxVariant.Exact, SoftmaxVariant.Exact];
        Assert.Equal(expected, graph.Outputs.Select(o => ((SoftmaxOp)o.Producer!.Op).Variant));

        // 400 samples (800 rows per softmax): logits within ±4, and within ±30 so that max - x reaches past 32 and
        // wraps in the default inp_norm_t ap_ufixed<15,5>.
        const int samples = 400;
        var rng = new Random(2026);
        var rows = new List<double[]>();
        for (var s = 0; s < samples; s++)
        {
            double range = s % 2 == 0 ? 4 : 30;
            rows.Add(Enumerable.Range(0, 12).Select(_ => Math.Round((rng.NextDouble() * 2 - 1) * range, 4)).ToArray());
        }
        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        var options = vendor
            ? CsimFlow.Options(apTypesDir: VendorApTypes.IncludeDir, warningsAsErrors: false)
            : CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types"));
        var csim = CsimFlow.WriteAndSimulate(graph, config, outDir, rows, options);
        var emulated = new Interpreter(StandardOps.Create().Kernels()).Run(graph, rows.SelectMany(r => r).ToArray(), samples);
        var compared = CsimFlow.CompareRaw(emulated, csim.Outputs, samples);
        Assert.True(compared.Mismatches == 0, $"{compared.Mismatches} mismatches; first: {compared.First}");

        // The outputs are not degenerate: many distinct codes per softmax.
        foreach (var o in emulated.Outputs) Assert.True(o.Raw.Distinct().Count() > 50, $"{o.Type}: only {o.Raw.Distinct().Count()} distinct outputs");
        if (semantics == "hls4ml")
        {
            var cpp = File.ReadAllText(Path.Combine(outDir, "firmware", "myproject.cpp"));
            foreach (var f in new[] { "softmax_stable", "softmax_latency", "softmax_legacy" }) Assert.Contains($"nnet::{f}", cpp, StringComparison.Ordinal);
        }
    }
}
