using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;

namespace Hls4Net.Core.Tests.Passes;

/// <summary>
/// A Transpose sunk below an element-wise op keeps every per-layer datum with its layer: the model's quantizer hints
/// and class name follow the activation, as a Keras Permute → QActivation import needs.
/// </summary>
public sealed class ChannelsLastAnnotationTests
{
    private static readonly FixedType Quantizer = FixedType.Parse("ap_fixed<6,2>");

    /// <summary>x[2,3] -> perm Transpose(1,0) -> qact ReLU [3,2] carrying QActivation's hints -> out.</summary>
    private static Graph PermuteThenQActivation()
    {
        var g = new Graph("permute_qact");
        var x = new Value("x", new Shape(2, 3));
        g.Inputs.Add(x);
        var perm = g.Add("perm", new TransposeOp(1, 0), x);
        var act = g.Add("qact", new ActivationOp(ActivationKind.Relu), perm.Output);
        act.Annotations.Set(ImportHints.ResultType, Quantizer);
        act.Annotations.Set(ImportHints.SourceClass, "QActivation");
        g.Outputs.Add(act.Output);
        return g;
    }

    [Fact]
    public void SinkingATransposeMovesTheActivationsHintsWithIt()
    {
        var g = PermuteThenQActivation();
        new Pipeline([new ChannelsLastPass()]).Run(g, new PassContext(new ProjectConfig(), verifyAfterEachPass: true));

        // The rewrite happened: the activation now reads x, the Transpose follows it.
        var act = g.FindNode("qact")!;
        var perm = g.FindNode("perm")!;
        Assert.IsType<ActivationOp>(act.Op);
        Assert.Same(g.Inputs[0], act.Inputs[0]);
        Assert.IsType<TransposeOp>(perm.Op);

        Assert.True(act.Annotations.TryGet(ImportHints.ResultType, out var hint));
        Assert.Equal(Quantizer, hint);
        Assert.Equal("QActivation", act.Annotations.Get(ImportHints.SourceClass));
        Assert.False(perm.Annotations.TryGet(ImportHints.ResultType, out _));
        Assert.False(perm.Annotations.TryGet(ImportHints.SourceClass, out _));
    }

    [Fact]
    public void TheQuantizerAndTheQActivationSectionReachTheActivationAfterTheSink()
    {
        var g = PermuteThenQActivation();
        var config = new ProjectConfigLoader().LoadYaml("""
            Semantics: exact
            HLSConfig:
              Model: {Precision: 'ap_fixed<16,6>', ReuseFactor: 1}
              LayerType:
                QActivation: {ReuseFactor: 2}
            """, "t.yml", "/");
        new Pipeline([new ChannelsLastPass(), new AssignPrecisionPass(), new AssignHardwarePass()])
            .Run(g, new PassContext(config, verifyAfterEachPass: true));

        var act = g.FindNode("qact")!;
        var perm = g.FindNode("perm")!;
        Assert.Equal(Quantizer, act.Output.Type); // the model's quantizer, not the Model default
        Assert.Equal(2, act.Hardware.ReuseFactor); // the QActivation section (hls4ml class of the layer)
        Assert.Equal(FixedType.Parse("ap_fixed<16,6>"), perm.Output.Type);
        Assert.Equal(1, perm.Hardware.ReuseFactor);
    }
}
