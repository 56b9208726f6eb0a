using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// The recurrent kernels on one-unit cases computed by hand from docs/recurrent.md (linear/relu activations, so every
/// value is exact on the chosen grids): states in the result type, intermediates in accum_t.
/// </summary>
public sealed class RecurrentKernelTests
{
    private static ConstTensor C(int[] dims, params float[] data) => new(new Shape(dims), data);

    private static Node Typed(Op op, int steps, string result = "ap_fixed<8,3>")
    {
        var node = Node(op, new Shape(steps, 1), "ap_fixed<8,3>", result);
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<8,3>"), Bias: T("ap_fixed<8,3>"), Accum: T("ap_fixed<16,6>"));
        return node;
    }

    private static SimpleRnnOp Rnn(RecurrentDirection direction, bool sequences = true, float bias = 0.25f, ActivationKind act = ActivationKind.Linear) =>
        new(C([1, 1], 0.5f), C([1, 1], 0.5f), C([1], bias), C([1], 0f), act, sequences, direction);

    [Fact]
    public void SimpleRnnForwardByHand()
    {
        // F = 5. Step 0: 0.25 + 1·0.5 + 0·0.5 = 0.75 (24). Step 1: 0.25 + 1·0.5 + 0.75·0.5 = 1.125 (36).
        Assert.Equal([24L, 36L], Run(Typed(Rnn(RecurrentDirection.Forward), 2), [32, 32]).Raw);
        Assert.Equal([36L], Run(Typed(Rnn(RecurrentDirection.Forward, sequences: false), 2), [32, 32]).Raw);
    }

    [Fact]
    public void BackwardKeepsProcessingOrderAndReverseWritesAtTheInputStep()
    {
        // Input [1, 0], read from the end: 0.25 + 0 = 0.25 (8); then 0.25 + 0.5 + 0.25·0.5 = 0.875 (28).
        Assert.Equal([8L, 28L], Run(Typed(Rnn(RecurrentDirection.Backward), 2), [32, 0]).Raw);
        Assert.Equal([28L, 8L], Run(Typed(Rnn(RecurrentDirection.Reverse), 2), [32, 0]).Raw);
    }

    [Fact]
    public void ReluClampsANegativePreActivation()
    {
        // Step 0 with x = 0: -0.25 → 0; step 1 with x = 1: -0.25 + 0.5 + 0 = 0.25 (8).
        Assert.Equal([0L, 8L], Run(Typed(Rnn(RecurrentDirection.Forward, bias: -0.25f, act: ActivationKind.Relu), 2), [0, 32]).Raw);
    }

    [Theory]
    // Result F = 3. Step 0: i = f = 0.5, c̃ = 1, o = 0.75: c = 0.5·0 + 0.5·1 = 0.5, h = 0.75·0.5 = 0.375 (3).
    // Step 1 (U = 0): c = 0.5·0.5 + 0.5 = 0.75, h = 0.75·0.75 = 0.5625 = 4.5 LSB: 4 truncated, 5 rounded.
    [InlineData("ap_fixed<6,3>", 4L)]
    [InlineData("ap_fixed<6,3,AP_RND>", 5L)]
    public void LstmByHandWithTheStateRoundedIntoTheResultType(string result, long last)
    {
        var op = new LstmOp(C([1, 4], 0.5f, 0.5f, 1f, 0.75f), C([1, 4], 0f, 0f, 0f, 0f), C([4], 0f, 0f, 0f, 0f), C([4], 0f, 0f, 0f, 0f),
            ActivationKind.Linear, ActivationKind.Linear, returnSequences: true);
        Assert.Equal([3L, last], Run(Typed(op, 2, result), [32, 32]).Raw);
    }

    [Fact]
    public void GruResetAfterByHand()
    {
        // Gates z, r, h: W = [0.5, 0.25, 1], U = [0, 0, 0.5], linear. Step 0 (h = 0): z = 0.5, r = 0.25, h̃ = 1 + 0.25·0 = 1,
        // h = 0.5·0 + (1 - 0.5)·1 = 0.5 (16). Step 1: h̃ = 1 + 0.25·(0.5·0.5) = 1.0625, h = 0.5·0.5 + 0.5·1.0625 = 0.78125 (25).
        var op = new GruOp(C([1, 3], 0.5f, 0.25f, 1f), C([1, 3], 0f, 0f, 0.5f), C([3], 0f, 0f, 0f), C([3], 0f, 0f, 0f), resetAfter: true,
            ActivationKind.Linear, ActivationKind.Linear, returnSequences: true);
        Assert.Equal([16L, 25L], Run(Typed(op, 2), [32, 32]).Raw);
    }

    [Fact]
    public void GruResetBeforeAppliesTheRecurrentBiasOutsideTheResetGate()
    {
        // As above with Rb_h = 0.5 and reset before: h̃ = 1 + (r·h)·0.5 + 0.5. Step 0: h̃ = 1.5, h = 0.5·1.5 = 0.75 (24).
        // Step 1: r·h = 0.25·0.75 = 0.1875, h̃ = 1 + 0.09375 + 0.5 = 1.59375; h = 0.5·0.75 + 0.5·1.59375 = 1.171875 = 37.5 LSB → 37.
        var op = new GruOp(C([1, 3], 0.5f, 0.25f, 1f), C([1, 3], 0f, 0f, 0.5f), C([3], 0f, 0f, 0f), C([3], 0f, 0f, 0.5f), resetAfter: false,
            ActivationKind.Linear, ActivationKind.Linear, returnSequences: true);
        Assert.Equal([24L, 37L], Run(Typed(op, 2), [32, 32]).Raw);
    }
}
