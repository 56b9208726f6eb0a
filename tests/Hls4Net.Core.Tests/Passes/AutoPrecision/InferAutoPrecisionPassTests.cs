using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;
using Hls4Net.Core.Passes.AutoPrecision;
using Hls4Net.Core.Tests.Config;

namespace Hls4Net.Core.Tests.Passes.AutoPrecision;

/// <summary>
/// <c>auto</c> types in a config, as hls4ml's name-granularity configs write them, get inferred types; the examples are
/// worked by hand in the comments.
/// </summary>
public sealed class InferAutoPrecisionPassTests
{
    private static FixedType T(string text) => FixedType.Parse(text);

    /// <summary>x[4] -> fc1 Dense(4->3, weights w) -> flat (Flatten) -> fc2 Dense(3->2).</summary>
    private static Graph Mlp(float[] fc1Weights)
    {
        var g = new Graph("mlp");
        var x = new Value("x", new Shape(4));
        g.Inputs.Add(x);
        var fc1 = g.Add("fc1", new DenseOp(new ConstTensor(new Shape(4, 3), fc1Weights), new ConstTensor(new Shape(3), new float[3])), x);
        var flat = g.Add("flat", new FlattenOp(), fc1.Output);
        var fc2 = g.Add("fc2", AssignPrecisionPassTests.Dense(3, 2), flat.Output);
        g.Outputs.Add(fc2.Output);
        return g;
    }

    private static Graph Run(Graph g, string yaml, CollectingSink? sink = null)
    {
        var config = new ProjectConfigLoader().LoadYaml(yaml, "t.yml", "/");
        new Pipeline([new AssignPrecisionPass(), new InferAutoPrecisionPass()]).Run(g, new PassContext(config, sink?.CreateLogger(), verifyAfterEachPass: true));
        return g;
    }

    private const string NameGranularity = """
        Semantics: hls4ml
        HLSConfig:
          Model: {Precision: 'ap_fixed<16,6>'}
          LayerName:
            fc1: {Precision: {result: auto, accum: auto}}
            fc2: {Precision: {result: auto, accum: auto, weight: 'ap_fixed<8,2>', bias: 'ap_fixed<8,2>'}}
        """;

    [Fact]
    public void Hls4mlSemanticsCountsEveryWeightAndPropagatesThroughFlatten()
    {
        var g = Run(Mlp(new float[12]), NameGranularity);
        // fc1: input, weight and bias ap_fixed<16,6>, 4 inputs: 32 + 2 = 34 bits, 12 + 2 = 14 integer (20 fractional);
        // bias: integer max(14, 6) + 1 = 15, width 15 + 20 = 35 (all-zero weights still count under hls4ml).
        var fc1 = g.FindNode("fc1")!;
        Assert.Equal(T("ap_fixed<35,15>"), fc1.Output.Type);
        Assert.Equal(T("ap_fixed<35,15>"), fc1.Precision.Accum);
        // Flatten keeps its input's final type.
        Assert.Equal(T("ap_fixed<35,15>"), g.FindNode("flat")!.Output.Type);
        // fc2: input ap_fixed<35,15> (20 fractional) x weight ap_fixed<8,2>: 43 bits, 17 integer; 3 inputs: +2 -> 45, 19
        // (26 fractional); bias ap_fixed<8,2>: integer max(19, 2) + 1 = 20, width 20 + max(26, 6) = 46.
        Assert.Equal(T("ap_fixed<46,20>"), g.FindNode("fc2")!.Output.Type);
        Assert.Equal(T("ap_fixed<46,20>"), g.FindNode("fc2")!.Precision.Accum);
    }

    [Fact]
    public void ExactSemanticsCountsOnlyNonZeroWeightsAndSkipsAZeroBias()
    {
        // fc1 weights [4,3] row-major: column 0 has 1 non-zero, column 1 has 2, column 2 none -> fan-in 2 (1 bit of growth).
        float[] w = [0.5f, 0, 0, 0, 0.25f, 0, 0, 0.75f, 0, 0, 0, 0];
        var g = Run(Mlp(w), NameGranularity.Replace("Semantics: hls4ml", "Semantics: exact", StringComparison.Ordinal));
        // 16 + 16 + 1 = 33 bits, 6 + 6 + 1 = 13 integer; the bias is zero everywhere: no bias term.
        Assert.Equal(T("ap_fixed<33,13>"), g.FindNode("fc1")!.Output.Type);
    }

    [Fact]
    public void ExplicitTypesAreNotTouched()
    {
        var g = Run(Mlp(new float[12]), """
            Semantics: exact
            HLSConfig:
              Model: {Precision: 'ap_fixed<16,6>'}
              LayerName:
                fc1: {Precision: {result: 'ap_fixed<12,4>', accum: auto}}
            """);
        var fc1 = g.FindNode("fc1")!;
        Assert.Equal(T("ap_fixed<12,4>"), fc1.Output.Type);
        // exact semantics, every weight zero: fan-in counted as 1 (no growth), zero bias: 16 + 16 = 32 bits, 6 + 6 = 12 integer.
        Assert.Equal(T("ap_fixed<32,12>"), fc1.Precision.Accum);
    }

    [Fact]
    public void MaximumCapsAnInferredTypeWithAWarning()
    {
        var sink = new CollectingSink();
        var g = Run(Mlp(new float[12]), NameGranularity.Replace("Model: {Precision: 'ap_fixed<16,6>'}", "Model: {Precision: {default: 'ap_fixed<16,6>', maximum: 'ap_fixed<24,10>'}}", StringComparison.Ordinal), sink);
        Assert.Equal(T("ap_fixed<24,10>"), g.FindNode("fc1")!.Output.Type);
        Assert.Contains(sink.Warnings, m => m.Contains("'fc1'", StringComparison.Ordinal) && m.Contains("maximum", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hls4ml", "ap_fixed<16,6>")]
    [InlineData("exact", "ap_fixed<18,8>")]
    public void AnAutoTableTypeTakesTheModelDefaultUnderHls4ml(string semantics, string expected)
    {
        var g = new Graph("t");
        var x = new Value("x", new Shape(4));
        g.Inputs.Add(x);
        var sig = g.Add("sig", new ActivationOp(ActivationKind.Sigmoid), x);
        g.Outputs.Add(sig.Output);
        Run(g, $$$"""
            Semantics: {{{semantics}}}
            HLSConfig:
              Model: {Precision: 'ap_fixed<16,6>'}
              LayerName:
                sig: {Precision: {result: auto, table: auto}}
            """);
        Assert.Equal(T(expected), g.FindNode("sig")!.Precision.Table);
    }
}
