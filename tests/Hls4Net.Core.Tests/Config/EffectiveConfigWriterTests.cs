using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using Hls4Net.Core.Tests.Passes;

namespace Hls4Net.Core.Tests.Config;

public sealed class EffectiveConfigWriterTests
{
    [Fact]
    public void WritesSortedHls4mlStyleYamlWithDefaultsFilledIn()
    {
        var config = new ProjectConfigLoader().LoadYaml("""
            ProjectName: trig
            KerasModel: m.h5
            HLSConfig:
              LayerName:
                zeta: {ReuseFactor: 2}
                alpha:
                  Precision:
                    weight: ap_fixed<8,3,AP_RND_CONV,AP_SAT>
                    result: auto
              LayerType:
                Softmax: {Strategy: resource}
                Dense: {TableSize: 512}
              Model:
                Precision:
                  accum: fixed<24,10>
                BramFactor: 1000000000
            ClockPeriod: 4.5
            """, "c.yml", "/b");
        var expected = """
            Backend: Vitis
            ClockPeriod: 4.5
            HLSConfig:
              Model:
                Precision:
                  default: ap_fixed<16,6>
                  accum: ap_fixed<24,10>
                ReuseFactor: 1
                Strategy: Latency
                BramFactor: 1000000000
              LayerType:
                Dense:
                  TableSize: 512
                Softmax:
                  Strategy: Resource
              LayerName:
                alpha:
                  Precision:
                    result: auto
                    weight: ap_fixed<8,3,AP_RND_CONV,AP_SAT>
                zeta:
                  ReuseFactor: 2
            IOType: io_parallel
            KerasModel: /b/m.h5
            Part: xcvu9p-flgb2104-2-e
            ProjectName: trig
            Semantics: hls4ml

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), new EffectiveConfigWriter().Write(config).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void WrittenConfigWithResolvedLayersReproducesTheDesign()
    {
        var yaml = """
            HLSConfig:
              Model:
                Precision: ap_fixed<14,5>
                ReuseFactor: 2
              LayerType:
                Sigmoid:
                  Precision:
                    table: ap_fixed<12,4>
                  TableSize: 256
              LayerName:
                FC2:
                  Precision:
                    weight: ap_fixed<6,2>
                  Strategy: Resource
                  ReuseFactor: 4
            """;
        var first = Build();
        var config = new ProjectConfigLoader().LoadYaml(yaml);
        RunPasses(first, config);
        var written = new EffectiveConfigWriter().Write(config, first);

        var second = Build();
        var sink = new CollectingSink();
        RunPasses(second, new ProjectConfigLoader(sink.CreateLogger()).LoadYaml(written, "hls4ml_config.yml"));

        Assert.Empty(sink.Warnings);
        Assert.Equal(new GraphPrinter().Print(first), new GraphPrinter().Print(second));
        for (var i = 0; i < first.Nodes.Count; i++)
        {
            Assert.Equal(first.Nodes[i].Precision, second.Nodes[i].Precision);
            Assert.Equal(first.Nodes[i].Hardware, second.Nodes[i].Hardware);
        }
        // Spot-check the resolved values by hand.
        var fc2 = second.FindNode("fc2")!;
        Assert.Equal(new LayerHardware(Strategy.Resource, 4, ArithmeticSemantics.Hls4ml), fc2.Hardware);
        Assert.Equal("ap_fixed<6,2>", fc2.Precision.Weight!.ToString());
        var sig = second.FindNode("sig")!;
        Assert.Equal("ap_fixed<12,4>", sig.Precision.Table!.ToString());
        Assert.Equal(256, sig.Precision.TableSize);
        Assert.Equal("ap_fixed<14,5>", second.FindNode("flat")!.Output.Type!.ToString());
        Assert.Equal(written, new EffectiveConfigWriter().Write(config, first)); // deterministic
        Assert.DoesNotContain("FC2", written); // the hls4ml-style upper-case entry became the layer's own entry
    }

    private static void RunPasses(Graph g, ProjectConfig config) =>
        new Pipeline([new AssignPrecisionPass(), new AssignHardwarePass()]).Run(g, new PassContext(config, verifyAfterEachPass: true));

    /// <summary>x[2x2] -> flat -> fc1 Dense(4->4) -> sig -> fc2 Dense(4->2).</summary>
    private static Graph Build()
    {
        var g = new Graph("g");
        var x = new Value("x", new Shape(2, 2));
        g.Inputs.Add(x);
        var flat = g.Add("flat", new FlattenOp(), x);
        var fc1 = g.Add("fc1", AssignPrecisionPassTests.Dense(4, 4), flat.Output);
        var sig = g.Add("sig", new ActivationOp(ActivationKind.Sigmoid), fc1.Output);
        var fc2 = g.Add("fc2", AssignPrecisionPassTests.Dense(4, 2), sig.Output);
        g.Outputs.Add(fc2.Output);
        return g;
    }
}
