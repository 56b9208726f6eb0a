using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Onnx;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>ONNX LSTM/GRU/RNN import: torch's batch-first wiring, Keras gate order, and the refusals naming op and node.</summary>
public sealed class OnnxRecurrentImportTests
{
    /// <summary>x [N, 3, 1] → Transpose [1,0,2] → LSTM (1 unit) → Y → Squeeze(1) → Transpose [1,0,2] → y [N, 3, 1].</summary>
    private static OnnxModelBuilder Lstm(Action<OnnxModelBuilder>? extra = null, params (string, object)[] attributes)
    {
        var m = new OnnxModelBuilder(13, "lstm")
            .Input("x", 3, 1)
            // ONNX gate order i, o, f, c: W = [1, 2, 3, 4], R = [5, 6, 7, 8], B = Wb [9..12] then Rb [13..16].
            .Init("W", [1, 4, 1], [1, 2, 3, 4]).Init("R", [1, 4, 1], [5, 6, 7, 8])
            .Init("B", [1, 8], [9, 10, 11, 12, 13, 14, 15, 16])
            .InitInt64("ax", 1)
            .Node("Transpose", "to_time_major", ["x"], "xt", ("perm", new long[] { 1, 0, 2 }));
        extra?.Invoke(m);
        return m
            .Node("LSTM", "lstm", ["xt", "W", "R", "B"], "Y", [("hidden_size", 1L), .. attributes])
            .Node("Squeeze", "squeeze", ["Y", "ax"], "ys")
            .Node("Transpose", "to_batch_first", ["ys"], "y", ("perm", new long[] { 1, 0, 2 }))
            .Output("y", 3, 1);
    }

    [Fact]
    public void TorchsBatchFirstLstmBecomesOneLstmNodeInKerasGateOrder()
    {
        var graph = Lstm().Import();
        var node = Assert.Single(graph.Nodes, n => n.Op is LstmOp);
        var op = (LstmOp)node.Op;
        Assert.True(op.ReturnSequences);
        Assert.Equal(RecurrentDirection.Forward, op.Direction);
        Assert.Equal([3, 1], node.Output.Shape.Dims.ToArray());
        // Keras order i, f, c, o from ONNX i, o, f, c.
        Assert.Equal([1f, 3f, 4f, 2f], op.Kernel.Data);
        Assert.Equal([5f, 7f, 8f, 6f], op.RecurrentKernel.Data);
        Assert.Equal([9f, 11f, 12f, 10f], op.Bias.Data);
        Assert.Equal([13f, 15f, 16f, 14f], op.RecurrentBias.Data);
    }

    [Fact]
    public void ReverseDirectionWritesEachOutputAtItsInputStep()
    {
        var op = (LstmOp)Assert.Single(Lstm(null, ("direction", "reverse")).Import().Nodes, n => n.Op is LstmOp).Op;
        Assert.Equal(RecurrentDirection.Reverse, op.Direction);
        Assert.Equal(2, op.InputStep(0, 3));
        Assert.Equal(2, op.OutputStep(0, 3));
    }

    [Theory]
    [InlineData("direction", "bidirectional", "bidirectional ONNX recurrent layers are not supported")]
    [InlineData("clip", 1.5f, "cell clipping is not supported")]
    [InlineData("input_forget", 1L, "coupled input-forget gates")]
    public void UnsupportedAttributesAreRefusedNamingOpAndNode(string attribute, object value, string detail)
    {
        var e = Assert.Throws<ModelLoadException>(() => Lstm(null, (attribute, value)).Import());
        Assert.Contains("'LSTM'", e.Message);
        Assert.Contains("lstm", e.Message);
        Assert.Contains(detail, e.Message);
    }

    [Fact]
    public void SequenceLensAndPeepholesAreRefused()
    {
        var lens = new OnnxModelBuilder(13, "lstm").Input("x", 3, 1)
            .Init("W", [1, 4, 1], [1, 2, 3, 4]).Init("R", [1, 4, 1], [5, 6, 7, 8]).InitInt64("lens", 3)
            .Node("Transpose", "t", ["x"], "xt", ("perm", new long[] { 1, 0, 2 }))
            .Node("LSTM", "lstm", ["xt", "W", "R", "", "lens"], "Y", ("hidden_size", 1L))
            .Output("Y", 3, 1);
        var e = Assert.Throws<ModelLoadException>(() => lens.Import());
        Assert.Contains("sequence_lens is not supported", e.Message);
        Assert.Contains("lstm", e.Message);

        var peep = new OnnxModelBuilder(13, "lstm").Input("x", 3, 1)
            .Init("W", [1, 4, 1], [1, 2, 3, 4]).Init("R", [1, 4, 1], [5, 6, 7, 8]).Init("P", [1, 3], [1, 1, 1])
            .Node("Transpose", "t", ["x"], "xt", ("perm", new long[] { 1, 0, 2 }))
            .Node("LSTM", "lstm", ["xt", "W", "R", "", "", "", "", "P"], "Y", ("hidden_size", 1L))
            .Output("Y", 3, 1);
        e = Assert.Throws<ModelLoadException>(() => peep.Import());
        Assert.Contains("peephole weights (P) are not supported", e.Message);
    }

    [Fact]
    public void ATimeMajorModelInputIsRefusedRatherThanReadWithItsSequenceAsTheBatch()
    {
        var m = new OnnxModelBuilder(13, "gru").Input("x", 2, 1)
            .Init("W", [1, 3, 1], [1, 2, 3]).Init("R", [1, 3, 1], [4, 5, 6])
            .Node("GRU", "gru", ["x", "W", "R"], "Y", ("hidden_size", 1L), ("linear_before_reset", 1L))
            .Output("Y", 2, 1);
        var e = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Contains("'GRU'", e.Message);
        Assert.Contains("batch_first=True", e.Message);
    }

    [Fact]
    public void ANonZeroInitialStateIsRefused()
    {
        var m = Lstm(b => b.Init("h0", [1, 1, 1], [0.5f]));
        m.Graph.Node[^3].Input.Add(["", "h0"]);
        var e = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Contains("non-zero initial state", e.Message);
    }
}
