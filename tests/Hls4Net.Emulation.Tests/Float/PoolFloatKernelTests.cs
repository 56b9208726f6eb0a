using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using static Hls4Net.Emulation.Tests.Float.FloatHarness;

namespace Hls4Net.Emulation.Tests.Float;

public sealed class PoolFloatKernelTests
{
    private static readonly double[] X1 = [1, -3, 2, -5];

    [Fact]
    public void MaxPool1D_padding_never_wins()
    {
        // Pool 2, stride 2, pad 1/1 on [1, -3, 2, -5]: windows [pad,1], [-3,2], [-5,pad].
        var (y, shape) = Run(new Pool1DOp(PoolKind.Max, 2, 2, 1, 1), 1, (new Shape(4, 1), X1));
        Assert.Equal(new Shape(3, 1), shape);
        Near([1, 2, -5], y);
    }

    [Theory]
    [InlineData(false, 1.0, -5.0)] // divide by the real taps: 1/1, -5/1
    [InlineData(true, 0.5, -2.5)] // divide by the pool size: 1/2, -5/2
    public void AveragePool1D_divisor(bool countIncludePad, double first, double last)
    {
        var (y, _) = Run(new Pool1DOp(PoolKind.Average, 2, 2, 1, 1, countIncludePad), 1, (new Shape(4, 1), X1));
        Near([first, (-3 + 2) / 2.0, last], y);
    }

    [Fact]
    public void Pool2D_2x2_stride2_two_channels()
    {
        // 4x4 input, channel 0 = 1..16, channel 1 = -(1..16).
        var x = new double[32];
        for (var i = 0; i < 16; i++)
        {
            x[2 * i] = i + 1;
            x[2 * i + 1] = -(i + 1);
        }
        var (max, shape) = Run(new Pool2DOp(PoolKind.Max, (2, 2), (2, 2), Padding2D.None), 1, (new Shape(4, 4, 2), x));
        Assert.Equal(new Shape(2, 2, 2), shape);
        Near([6, -1, 8, -3, 14, -9, 16, -11], max);
        var (avg, _) = Run(new Pool2DOp(PoolKind.Average, (2, 2), (2, 2), Padding2D.None), 1, (new Shape(4, 4, 2), x));
        // Window (0,0) = 1,2,5,6 -> 3.5; (0,1) = 3,4,7,8 -> 5.5; (1,0) = 9,10,13,14 -> 11.5; (1,1) -> 13.5.
        Near([3.5, -3.5, 5.5, -5.5, 11.5, -11.5, 13.5, -13.5], avg);
    }

    [Fact]
    public void AveragePool2D_with_padding_counts_real_taps()
    {
        // 2x2 input [1,2;3,4], pool 2x2 stride 1, pad bottom/right 1 -> 2x2 output.
        var (y, _) = Run(new Pool2DOp(PoolKind.Average, (2, 2), (1, 1), new Padding2D(0, 1, 0, 1)), 1, (new Shape(2, 2, 1), [1, 2, 3, 4]));
        Near([10 / 4.0, 6 / 2.0, 7 / 2.0, 4], y);
    }

    [Fact]
    public void GlobalPool_1D_and_2D()
    {
        // [3,2]: channel 0 = [1, 5, -2], channel 1 = [0, -1, -4].
        double[] x = [1, 0, 5, -1, -2, -4];
        Near([5, 0], Run(new GlobalPoolOp(PoolKind.Max), 1, (new Shape(3, 2), x)).Y);
        Near([4 / 3.0, -5 / 3.0], Run(new GlobalPoolOp(PoolKind.Average), 1, (new Shape(3, 2), x)).Y);
        // [2,2,1] = [1,2,3,6], two samples (second one negated).
        Near([6, -1], Run(new GlobalPoolOp(PoolKind.Max), 2, (new Shape(2, 2, 1), [1, 2, 3, 6, -1, -2, -3, -6])).Y);
        Near([3, -3], Run(new GlobalPoolOp(PoolKind.Average), 2, (new Shape(2, 2, 1), [1, 2, 3, 6, -1, -2, -3, -6])).Y);
    }
}
