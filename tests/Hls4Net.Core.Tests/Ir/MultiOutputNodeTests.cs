using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;

namespace Hls4Net.Core.Tests.Ir;

/// <summary>Nodes with several outputs: construction, wiring, verification, printing, removal and precision.</summary>
public sealed class MultiOutputNodeTests
{
    /// <summary>x[5] -> s TestSplit(2) -> (s_out0 [2], s_out1 [3]); a ReLU reads s_out1; outputs: s_out0, r.</summary>
    private static Graph Build(out Node split, out Node relu)
    {
        var g = new Graph("split");
        var x = new Value("x", new Shape(5));
        g.Inputs.Add(x);
        split = g.Add("s", new TestSplitOp(2), x);
        relu = g.Add("r", new ActivationOp(ActivationKind.Relu), split.Outputs[1]);
        g.Outputs.Add(split.Outputs[0]);
        g.Outputs.Add(relu.Output);
        return g;
    }

    [Fact]
    public void OutputsKnowTheirProducerAndIndex()
    {
        Build(out var split, out _);
        Assert.Equal(2, split.Outputs.Count);
        Assert.Equal(["s_out0", "s_out1"], split.Outputs.Select(o => o.Name));
        Assert.Equal(new Shape(2), split.Outputs[0].Shape);
        Assert.Equal(new Shape(3), split.Outputs[1].Shape);
        for (var k = 0; k < 2; k++)
        {
            Assert.Same(split, split.Outputs[k].Producer);
            Assert.Equal(k, split.Outputs[k].OutputIndex);
        }
    }

    [Fact]
    public void SingleOutputConvenienceRefusesAMultiOutputNode()
    {
        Build(out var split, out var relu);
        var e = Assert.Throws<GraphException>(() => split.Output);
        Assert.Contains("'s'", e.Message);
        Assert.Contains("2 outputs", e.Message);
        Assert.Same(relu.Outputs[0], relu.Output);
    }

    [Fact]
    public void AWellFormedMultiOutputGraphVerifies()
    {
        var g = Build(out var split, out var relu);
        Assert.Empty(new GraphVerifier().Check(g));
        Assert.Equal([relu], g.Consumers(split.Outputs[1]));
        Assert.Empty(g.Consumers(split.Outputs[0]));
    }

    [Fact]
    public void TheVerifierNamesAWrongOutputShapeAndAWrongOutputCount()
    {
        var g = new Graph("bad");
        var x = new Value("x", new Shape(5));
        g.Inputs.Add(x);
        var a = new Value("a", new Shape(2));
        var b = new Value("b", new Shape(4)); // TestSplit(2) of [5] gives [3]
        g.Add(new Node("s", new TestSplitOp(2), [x], [a, b]));
        var one = new Value("one", new Shape(2));
        g.Add(new Node("t", new TestSplitOp(2), [x], [one]));
        g.Outputs.AddRange([a, b, one]);

        var errors = new GraphVerifier().Check(g);
        Assert.Contains("node 's': output 1 ('b') shape 4 but op infers 3", errors);
        Assert.Contains("node 't': 1 output(s) but op infers 2", errors);
    }

    [Fact]
    public void TheVerifierRejectsAReadOfALaterNodesSecondOutput()
    {
        var g = new Graph("order");
        var x = new Value("x", new Shape(5));
        g.Inputs.Add(x);
        var late = new Value("late", new Shape(3));
        g.Add(new Node("r", new ActivationOp(ActivationKind.Relu), [late], new Value("r", new Shape(3))));
        g.Add(new Node("s", new TestSplitOp(2), [x], [new Value("early", new Shape(2)), late]));
        g.Outputs.Add(g.Nodes[0].Output);

        Assert.Contains("node 'r': input 'late' is not produced before it", new GraphVerifier().Check(g));
    }

    [Fact]
    public void ThePrinterListsEveryOutput()
    {
        var g = Build(out _, out _);
        Assert.Equal(
            "input x[5]\n"
            + "s = TestSplit(2)(x) -> (s_out0 [2], s_out1 [3])\n"
            + "r = Relu(s_out1) -> [3]\n"
            + "outputs s_out0, r\n",
            new GraphPrinter().Print(g));
    }

    [Fact]
    public void ANodeIsRemovableOnlyWhenNoOutputIsRead()
    {
        var g = Build(out var split, out var relu);
        g.Outputs.Remove(relu.Output);
        g.Remove(relu);
        // s_out1 is no longer read, but s_out0 is a graph output.
        var e = Assert.Throws<GraphException>(() => g.Remove(split));
        Assert.Contains("still used", e.Message);
        Assert.Throws<GraphException>(() => g.Bypass(split));
    }

    [Fact]
    public void ThePrecisionPassTypesEveryOutput()
    {
        var g = Build(out var split, out _);
        var config = new ProjectConfigLoader().LoadYaml("""
            HLSConfig:
              Model: {Precision: 'ap_fixed<16,6>'}
              LayerName:
                s: {Precision: {result: 'ap_fixed<9,3>'}}
            """, "t.yml", "/");
        new Pipeline([new AssignPrecisionPass()]).Run(g, new PassContext(config, verifyAfterEachPass: true));
        Assert.Equal(FixedType.Parse("ap_fixed<9,3>"), split.Outputs[0].Type);
        Assert.Equal(FixedType.Parse("ap_fixed<9,3>"), split.Outputs[1].Type);
    }

    [Fact]
    public void ACloneKeepsEveryOutputAndItsReaders()
    {
        var g = Build(out _, out _);
        var copy = g.Clone();
        var split = copy.FindNode("s")!;
        var relu = copy.FindNode("r")!;
        Assert.NotSame(g.FindNode("s"), split);
        Assert.Equal(2, split.Outputs.Count);
        Assert.Equal(1, split.Outputs[1].OutputIndex);
        Assert.Same(split.Outputs[1], relu.Inputs[0]);
        Assert.Same(split.Outputs[0], copy.Outputs[0]);
        Assert.Empty(new GraphVerifier().Check(copy));
        Assert.Equal(new GraphPrinter().Print(g), new GraphPrinter().Print(copy));
    }
}
