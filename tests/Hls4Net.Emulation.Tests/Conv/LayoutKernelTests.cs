using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using static Hls4Net.Emulation.Tests.Conv.KernelHarness;

namespace Hls4Net.Emulation.Tests.Conv;

public class LayoutKernelTests
{
    private static readonly FixedType Narrow = FixedType.Parse("ap_fixed<6,3>");

    [Fact]
    public void Transpose_2x3_to_3x2()
    {
        // [[1,2,3],[4,5,6]] -> [[1,4],[2,5],[3,6]]
        var (raw, _) = Run(new TransposeKernel(), new TransposeOp(1, 0), Q8_4, [(new Shape(2, 3), Q8_4, Q(1, 2, 3, 4, 5, 6))]);
        Assert.Equal(Q(1, 4, 2, 5, 3, 6), raw);
    }

    [Fact]
    public void Transpose_rank3_channels_first_to_last()
    {
        // [C=2, H=1, W=2] = c0: [1, 2], c1: [3, 4] -> [H, W, C] = [1, 3, 2, 4]
        var (raw, _) = Run(new TransposeKernel(), new TransposeOp(1, 2, 0), Q8_4, [(new Shape(2, 1, 2), Q8_4, Q(1, 2, 3, 4))]);
        Assert.Equal(Q(1, 3, 2, 4), raw);
    }

    [Fact]
    public void Upsample2D_nearest_2x1()
    {
        // [2,1,1] = [1, 2] scaled (2, 3) -> [4,3,1]: rows 1,1,2,2 each repeated 3 times
        var (raw, _) = Run(new UpsampleKernel(), new UpsampleOp(2, 3), Q8_4, [(new Shape(2, 1, 1), Q8_4, Q(1, 2))]);
        Assert.Equal(Q(1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2), raw);
    }

    [Fact]
    public void ZeroPad_and_Crop_1D()
    {
        var x = (new Shape(3, 1), Q8_4, Q(1, 2, 3));
        var (padded, _) = Run(new ZeroPadKernel(), new ZeroPadOp([2], [1]), Q8_4, [x]);
        Assert.Equal(Q(0, 0, 1, 2, 3, 0), padded);
        var (cropped, _) = Run(new CropKernel(), new CropOp([1], [1]), Q8_4, [x]);
        Assert.Equal(Q(2), cropped);
    }

    [Fact]
    public void ZeroPad2D_converts_into_the_result_type()
    {
        // [1,1,1] = 7.5 padded (1,0) rows and (0,1) columns into ap_fixed<6,3>: 7.5 wraps to -0.5 (raw 60 - 64 = -4)
        var (raw, ovf) = Run(new ZeroPadKernel(), new ZeroPadOp([1, 0], [0, 1]), Narrow, [(new Shape(1, 1, 1), Q8_4, Q(7.5))]);
        Assert.Equal(new long[] { 0, 0, -4, 0 }, raw);
        Assert.Equal(1, ovf.Overflows);
    }

    [Fact]
    public void Concat_on_first_and_last_axis()
    {
        var a = (new Shape(2, 2), Q8_4, Q(1, 2, 3, 4));
        var b = (new Shape(2, 1), Q8_4, Q(5, 6));
        var (last, _) = Run(new ConcatKernel(), new ConcatOp(1), Q8_4, [a, b]);
        Assert.Equal(Q(1, 2, 5, 3, 4, 6), last);
        var c = (new Shape(1, 2), Q8_4, Q(7, 7.5));
        var (first, _) = Run(new ConcatKernel(), new ConcatOp(0), Q8_4, [a, c]);
        Assert.Equal(Q(1, 2, 3, 4, 7, 7.5), first);
    }
}
