using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using static Hls4Net.Emulation.Tests.Float.FloatHarness;

namespace Hls4Net.Emulation.Tests.Float;

/// <summary>Concatenation and element-wise merges in float mode.</summary>
public sealed class MergeFloatKernelTests
{
    [Fact]
    public void Concat_first_axis()
    {
        // [1,2] + [2,2] on axis 0 -> [3,2].
        var (y, shape) = Run(new ConcatOp(0), 1, (new Shape(1, 2), [1, 2]), (new Shape(2, 2), [3, 4, 5, 6]));
        Assert.Equal(new Shape(3, 2), shape);
        Near([1, 2, 3, 4, 5, 6], y);
    }

    [Fact]
    public void Concat_channel_axis_two_samples()
    {
        // a [2,1], b [2,2] on axis 1: each position takes a's channel then b's two. Sample 1 = sample 0 negated.
        var (y, _) = Run(new ConcatOp(1), 2, (new Shape(2, 1), [1, 2, -1, -2]), (new Shape(2, 2), [10, 20, 30, 40, -10, -20, -30, -40]));
        Near([1, 10, 20, 2, 30, 40, -1, -10, -20, -2, -30, -40], y);
    }

    private static readonly (Shape, double[]) A = (new Shape(3), [1, -2, 3]);
    private static readonly (Shape, double[]) B = (new Shape(3), [4, 5, -6]);
    private static readonly (Shape, double[]) C = (new Shape(3), [0.5, 0.5, 0.5]);

    [Fact]
    public void Elementwise_every_kind()
    {
        Near([5.5, 3.5, -2.5], Run(new ElementwiseOp(ElementwiseKind.Add), 1, A, B, C).Y);
        Near([-3, -7, 9], Run(new ElementwiseOp(ElementwiseKind.Sub), 1, A, B).Y);
        Near([2, -5, -9], Run(new ElementwiseOp(ElementwiseKind.Mul), 1, A, B, C).Y);
        Near([2.5, 1.5, -1.5], Run(new ElementwiseOp(ElementwiseKind.Average), 1, A, B).Y);
        Near([5.5 / 3, 3.5 / 3, -2.5 / 3], Run(new ElementwiseOp(ElementwiseKind.Average), 1, A, B, C).Y);
        Near([4, 5, 3], Run(new ElementwiseOp(ElementwiseKind.Max), 1, A, B, C).Y);
        Near([0.5, -2, -6], Run(new ElementwiseOp(ElementwiseKind.Min), 1, A, B, C).Y);
    }
}
