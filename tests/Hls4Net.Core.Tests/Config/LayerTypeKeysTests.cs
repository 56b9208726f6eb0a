using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;

namespace Hls4Net.Core.Tests.Config;

/// <summary>hls4ml LayerType sections named after Keras/QKeras classes reach the nodes those classes import as.</summary>
public sealed class LayerTypeKeysTests
{
    private static ConstTensor Zeros(params int[] dims) => new(new Shape(dims), new float[dims.Aggregate(1, (a, b) => a * b)]);

    /// <summary>
    /// x[8,8,2] -> c2 Conv2D 3x3 (2->4) -> mp MaxPooling2D 2x2 -> dw/sep (a separable conv, both nodes tagged
    /// SeparableConv2D by the importer) -> gap GlobalAveragePooling [4,4,c] -> r Reshape [2,2] -> g1 GlobalMaxPooling [2,2]
    /// (1-D input) -> out.
    /// </summary>
    private static Graph Build()
    {
        var g = new Graph("convs");
        var x = new Value("x", new Shape(8, 8, 2));
        g.Inputs.Add(x);
        var none = new Padding2D(0, 0, 0, 0);
        var same = new Padding2D(1, 1, 1, 1);
        var c2 = g.Add("c2", new Conv2DOp(Zeros(3, 3, 2, 4), Zeros(4), (1, 1), same, (1, 1)), x);
        var mp = g.Add("mp", new Pool2DOp(PoolKind.Max, (2, 2), (2, 2), none), c2.Output);
        var dw = g.Add("sep_depthwise", new DepthwiseConv2DOp(Zeros(3, 3, 4, 1), Zeros(4), (1, 1), same, (1, 1)), mp.Output);
        var pw = g.Add("sep", new Conv2DOp(Zeros(1, 1, 4, 4), Zeros(4), (1, 1), none, (1, 1)), dw.Output);
        dw.Annotations.Set(ImportHints.SourceClass, "SeparableConv2D");
        pw.Annotations.Set(ImportHints.SourceClass, "SeparableConv2D");
        var gap = g.Add("gap", new GlobalPoolOp(PoolKind.Average), pw.Output);
        var r = g.Add("r", new ReshapeOp(new Shape(2, 2)), gap.Output);
        var g1 = g.Add("g1", new GlobalPoolOp(PoolKind.Max), r.Output);
        g.Outputs.Add(g1.Output);
        return g;
    }

    private static Graph Run(string yaml)
    {
        var g = Build();
        var config = new ProjectConfigLoader().LoadYaml(yaml, "t.yml", "/");
        new Pipeline([new AssignPrecisionPass(), new AssignHardwarePass()]).Run(g, new PassContext(config, verifyAfterEachPass: true));
        return g;
    }

    [Fact]
    public void KerasAndQKerasClassSectionsApply()
    {
        var sink = new CollectingSink();
        var g = Build();
        var config = new ProjectConfigLoader().LoadYaml("""
            HLSConfig:
              Model: {Precision: 'ap_fixed<16,6>', ReuseFactor: 1}
              LayerType:
                QConv2D: {Precision: {weight: 'ap_fixed<5,1>'}, ReuseFactor: 2}
                MaxPool2D: {Precision: 'ap_fixed<9,4>'}
                SeparableConv2D: {Precision: {weight: 'ap_fixed<7,2>'}, ReuseFactor: 3}
                GlobalAveragePooling2D: {Precision: 'ap_fixed<11,5>'}
                GlobalMaxPooling1D: {Precision: 'ap_fixed<12,5>'}
            """, "t.yml", "/");
        new Pipeline([new AssignPrecisionPass(), new AssignHardwarePass()])
            .Run(g, new PassContext(config, sink.CreateLogger(), verifyAfterEachPass: true));

        Assert.Empty(sink.Warnings);
        var c2 = g.FindNode("c2")!;
        Assert.Equal(FixedType.Parse("ap_fixed<5,1>"), c2.Precision.Weight);
        Assert.Equal(2, c2.Hardware.ReuseFactor);
        Assert.Equal(FixedType.Parse("ap_fixed<9,4>"), g.FindNode("mp")!.Output.Type);
        foreach (var name in new[] { "sep_depthwise", "sep" })
        {
            var n = g.FindNode(name)!;
            Assert.Equal(FixedType.Parse("ap_fixed<7,2>"), n.Precision.Weight);
            Assert.Equal(3, n.Hardware.ReuseFactor);
        }
        Assert.Equal(FixedType.Parse("ap_fixed<11,5>"), g.FindNode("gap")!.Output.Type);
        Assert.Equal(FixedType.Parse("ap_fixed<12,5>"), g.FindNode("g1")!.Output.Type);
    }

    [Fact]
    public void RankedGlobalPoolingSectionsDoNotCross()
    {
        // A 1-D section must not reach the 2-D global pooling, nor a plain Conv2D section the separable's nodes.
        var g = Run("""
            HLSConfig:
              Model: {Precision: 'ap_fixed<16,6>'}
              LayerType:
                GlobalAveragePooling1D: {Precision: 'ap_fixed<11,5>'}
                GlobalMaxPooling2D: {Precision: 'ap_fixed<12,5>'}
                Conv2D: {Precision: {weight: 'ap_fixed<6,2>'}}
            """);
        Assert.Equal(FixedType.Parse("ap_fixed<16,6>"), g.FindNode("gap")!.Output.Type);
        Assert.Equal(FixedType.Parse("ap_fixed<16,6>"), g.FindNode("g1")!.Output.Type);
        Assert.Equal(FixedType.Parse("ap_fixed<6,2>"), g.FindNode("c2")!.Precision.Weight);
        Assert.Equal(FixedType.Parse("ap_fixed<16,6>"), g.FindNode("sep")!.Precision.Weight);
    }
}
