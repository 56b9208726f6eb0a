using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;

namespace Hls4Net.Emulation.Tests.Tables;

/// <summary>hls4ml's <c>Implementation: argmax</c> softmax: one-hot of the first maximum, worked out by hand.</summary>
public sealed class SoftmaxArgmaxKernelTests
{
    private static readonly FixedType In16 = FixedType.Parse("ap_fixed<16,6>");

    private static FixedTensor Run(long[] raw, int n, int batch, FixedType result, OverflowCounter counter)
    {
        var input = new Value("x", new Shape(n)) { Type = In16 };
        var node = new Node("sm", new SoftmaxOp(argmax: true), [input], new Value("y", new Shape(n)));
        node.Output.Type = result;
        return new SoftmaxKernel().Run(node, [new FixedTensor(In16, new Shape(n), batch, raw)], counter);
    }

    [Fact]
    public void OneHotOfTheFirstMaximumPerRow()
    {
        var counter = new OverflowCounter();
        // Rows: max at index 2; a tie between 1 and 3 (the first wins); all equal (index 0); negatives only.
        var y = Run([-5, 7, 900, 3, 10, 20, 5, 20, 4, 4, 4, 4, -900, -8, -7, -100], 4, 4, In16, counter);
        // 1.0 in ap_fixed<16,6> is raw 1 << 10.
        Assert.Equal([0L, 0, 1024, 0, 0, 1024, 0, 0, 1024, 0, 0, 0, 0, 0, 1024, 0], y.Raw);
        Assert.Equal(16, counter.Stores);
        Assert.Equal(0, counter.Overflows);
    }

    [Fact]
    public void OneIsConvertedWithTheResultTypesOverflowMode()
    {
        // ap_fixed<8,1> holds [-1, 127/128]: 1 saturates to 127 (raw) with AP_SAT, wraps to -128 (-1.0) by default.
        var sat = new OverflowCounter();
        Assert.Equal([127L, 0], Run([5, 1], 2, 1, FixedType.Parse("ap_fixed<8,1,AP_TRN,AP_SAT>"), sat).Raw);
        Assert.Equal(1, sat.Overflows);
        Assert.Equal([0L, -128], Run([1, 5], 2, 1, FixedType.Parse("ap_fixed<8,1>"), new OverflowCounter()).Raw);
    }

    [Fact]
    public void FloatInterpreterAgrees()
    {
        Assert.Equal([0.0, 1, 0, 1, 0, 0], FloatOps.OneHotArgmax([0.5, 2, -1, 3, 3, 1], 3));
    }
}
