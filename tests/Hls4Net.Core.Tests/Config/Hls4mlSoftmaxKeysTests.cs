using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;
using Hls4Net.Core.Tests.Passes;

namespace Hls4Net.Core.Tests.Config;

/// <summary>
/// Issue 11: under hls4ml semantics a Softmax becomes hls4ml's table softmax (Implementation: stable by default,
/// latency, legacy; argmax as before) with hls4ml's precisions; under exact semantics it stays Hls4Net's own softmax and
/// the Implementation key is refused with a warning, as before.
/// </summary>
public sealed class Hls4mlSoftmaxKeysTests
{
    /// <summary>x[4] -> fc Dense(4->3) -> sm Softmax.</summary>
    private static Graph Net()
    {
        var g = new Graph("net");
        var x = new Value("x", new Shape(4));
        g.Inputs.Add(x);
        var fc = g.Add("fc", AssignPrecisionPassTests.Dense(4, 3), x);
        var sm = g.Add("sm", new SoftmaxOp(), fc.Output);
        g.Outputs.Add(sm.Output);
        return g;
    }

    private static (Node Softmax, CollectingSink Sink) Run(string yaml)
    {
        var sink = new CollectingSink();
        var config = new ProjectConfigLoader(sink.CreateLogger()).LoadYaml(yaml, "h.yml", "/");
        var g = Net();
        new Pipeline([new SoftmaxKeysPass(), new AssignPrecisionPass(), new AssignHardwarePass(), new Hls4mlKeysPass()])
            .Run(g, new PassContext(config, sink.CreateLogger(), verifyAfterEachPass: true));
        return (g.FindNode("sm")!, sink);
    }

    private static SoftmaxVariant Variant(Node node) => Assert.IsType<SoftmaxOp>(node.Op).Variant;

    [Theory]
    [InlineData("Semantics: hls4ml\n", SoftmaxVariant.Stable)]
    [InlineData("Semantics: hls4ml\nHLSConfig:\n  Model: {Implementation: stable}\n", SoftmaxVariant.Stable)]
    [InlineData("Semantics: hls4ml\nHLSConfig:\n  LayerType:\n    Softmax: {Implementation: latency}\n", SoftmaxVariant.Latency)]
    [InlineData("Semantics: hls4ml\nHLSConfig:\n  LayerName:\n    sm: {Implementation: legacy}\n", SoftmaxVariant.Legacy)]
    [InlineData("Semantics: hls4ml\nHLSConfig:\n  LayerName:\n    sm: {Implementation: argmax}\n", SoftmaxVariant.Argmax)]
    [InlineData("HLSConfig:\n  LayerName:\n    sm: {Semantics: hls4ml, Implementation: latency}\n", SoftmaxVariant.Latency)]
    [InlineData("Semantics: exact\n", SoftmaxVariant.Exact)]
    [InlineData("Semantics: exact\nHLSConfig:\n  Model: {Implementation: latency}\n", SoftmaxVariant.Exact)]
    [InlineData("Semantics: exact\nHLSConfig:\n  Model: {Implementation: argmax}\n", SoftmaxVariant.Argmax)]
    [InlineData("Semantics: hls4ml\nHLSConfig:\n  LayerName:\n    sm: {Semantics: exact, Implementation: stable}\n", SoftmaxVariant.Exact)]
    public void TheImplementationFollowsTheSemantics(string yaml, SoftmaxVariant expected)
    {
        var (sm, _) = Run(yaml);
        Assert.Equal(expected, Variant(sm));
    }

    [Theory]
    [InlineData("stable")]
    [InlineData("latency")]
    [InlineData("legacy")]
    public void UnderHls4mlSemanticsTheVariantsAreAppliedWithoutAWarning(string implementation)
    {
        var (sm, sink) = Run($"Semantics: hls4ml\nHLSConfig:\n  Model: {{Implementation: {implementation}}}\n");
        Assert.Empty(sink.Warnings);
        Assert.Equal($"Softmax({implementation})", sm.Op.Describe());
    }

    [Fact]
    public void UnderExactSemanticsTheVariantsAreStillRefused()
    {
        var (sm, sink) = Run("Semantics: exact\nHLSConfig:\n  LayerType:\n    Softmax: {Implementation: stable}\n");
        var w = Assert.Single(sink.Warnings);
        Assert.StartsWith("HLSConfig.LayerType.Softmax.Implementation 'stable' is not applied on layer 'sm' (Softmax): Hls4Net computes its own softmax", w);
        Assert.Contains("Semantics: hls4ml", w, StringComparison.Ordinal);
        Assert.Equal("Softmax", sm.Op.Describe());
    }

    [Fact]
    public void Hls4mlPrecisionsFollowTheModelDefaultAndTheTableDefaults()
    {
        var (sm, _) = Run("Semantics: hls4ml\nHLSConfig:\n  Model: {Precision: 'ap_fixed<12,4>'}\n");
        var p = sm.Precision;
        Assert.Equal(FixedType.Parse("ap_fixed<12,4>"), p.Accum); // accum resolves like any slot: the model default
        Assert.Equal(FixedType.Parse("ap_fixed<18,8,AP_RND,AP_SAT>"), p.ExpTable);
        Assert.Equal(FixedType.Parse("ap_fixed<18,8,AP_RND,AP_SAT>"), p.InvTable);
        Assert.Null(p[PrecisionSlot.InvInp]); // else exp_table_t
        Assert.Null(p[PrecisionSlot.InpNorm]); // else derived from the input type
        Assert.Null(p.Table);
    }

    [Fact]
    public void Hls4mlPrecisionKeysAreRead()
    {
        var (sm, sink) = Run("""
            Semantics: hls4ml
            HLSConfig:
              Model: {Precision: 'ap_fixed<16,6>'}
              LayerName:
                sm:
                  Precision: {accum: 'ap_fixed<20,8>', exp_table: 'ap_ufixed<18,2>', inv_table: 'ap_ufixed<18,4>', inv_inp: 'ap_ufixed<12,6>', inp_norm: 'ap_ufixed<16,6>'}
            """);
        Assert.Empty(sink.Warnings);
        var p = sm.Precision;
        Assert.Equal(FixedType.Parse("ap_fixed<20,8>"), p.Accum);
        Assert.Equal(FixedType.Parse("ap_ufixed<18,2>"), p.ExpTable);
        Assert.Equal(FixedType.Parse("ap_ufixed<18,4>"), p.InvTable);
        Assert.Equal(FixedType.Parse("ap_ufixed<12,6>"), p[PrecisionSlot.InvInp]);
        Assert.Equal(FixedType.Parse("ap_ufixed<16,6>"), p[PrecisionSlot.InpNorm]);
        Assert.Contains("inv_inp = ap_ufixed<12,6>", p.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LegacyUsesTheTableSlot()
    {
        var (sm, _) = Run("Semantics: hls4ml\nHLSConfig:\n  Model: {Implementation: legacy, Precision: 'ap_fixed<12,4>'}\n");
        Assert.Equal(FixedType.Parse("ap_fixed<18,8>"), sm.Precision.Table); // tables never take the default precision
        Assert.Null(sm.Precision.Accum);
        Assert.Null(sm.Precision.ExpTable);
    }

    [Theory]
    [InlineData("exact", "stable", "inp_norm: 'ap_ufixed<16,6>'", "HLSConfig.LayerName.sm.Precision.inp_norm has no effect on layer 'sm' (Softmax, exact semantics): it reads accum, exp_table, inv_table")]
    [InlineData("hls4ml", "latency", "inp_norm: 'ap_ufixed<16,6>'", "HLSConfig.LayerName.sm.Precision.inp_norm has no effect on layer 'sm' (Softmax(latency), hls4ml semantics): it reads accum, exp_table, inv_table, inv_inp")]
    [InlineData("hls4ml", "legacy", "exp_table: 'ap_fixed<18,8>'", "HLSConfig.LayerName.sm.Precision.exp_table has no effect on layer 'sm' (Softmax(legacy), hls4ml semantics): it reads table")]
    public void APrecisionKeyTheSoftmaxDoesNotReadIsAWarning(string semantics, string implementation, string key, string warning)
    {
        var (_, sink) = Run($"Semantics: {semantics}\nHLSConfig:\n  LayerName:\n    sm: {{Implementation: {implementation}, Precision: {{{key}}}}}\n");
        Assert.Contains(warning, sink.Warnings);
    }

    [Fact]
    public void ExactSemanticsKeepsTheExactSumAccumulator()
    {
        var (sm, _) = Run("Semantics: exact\nHLSConfig:\n  Model: {Precision: 'ap_fixed<12,4>'}\n");
        Assert.Null(sm.Precision.Accum);
        Assert.Equal(PrecisionDefaults.ExpTable, sm.Precision.ExpTable);
    }
}
