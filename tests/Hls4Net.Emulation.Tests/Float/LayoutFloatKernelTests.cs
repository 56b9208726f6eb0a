using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using static Hls4Net.Emulation.Tests.Float.FloatHarness;

namespace Hls4Net.Emulation.Tests.Float;

/// <summary>Padding, cropping, transpose and upsampling in float mode.</summary>
public sealed class LayoutFloatKernelTests
{
    [Fact]
    public void ZeroPad1D_and_2D()
    {
        Near([0, 1, 2, 0, 0], Run(new ZeroPadOp([1], [2]), 1, (new Shape(2, 1), [1, 2])).Y);
        // [1,2,2] = (1,2),(3,4); one row on top, one column on the right -> [2,3,2].
        var (y, shape) = Run(new ZeroPadOp([1, 0], [0, 1]), 1, (new Shape(1, 2, 2), [1, 2, 3, 4]));
        Assert.Equal(new Shape(2, 3, 2), shape);
        Near([0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0], y);
    }

    [Fact]
    public void Crop1D_and_2D()
    {
        // [4,2] = (1,2),(3,4),(5,6),(7,8); crop 1 in front and 2 behind -> (3,4).
        Near([3, 4], Run(new CropOp([1], [2]), 1, (new Shape(4, 2), [1, 2, 3, 4, 5, 6, 7, 8])).Y);
        // 3x3 input 1..9, drop the top row and the right column -> [4,5;7,8]; two samples (second + 10).
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19];
        Near([4, 5, 7, 8, 14, 15, 17, 18], Run(new CropOp([1, 0], [0, 1]), 2, (new Shape(3, 3, 1), x)).Y);
    }

    [Fact]
    public void Transpose_2D_and_3D()
    {
        // [2,3] = [[1,2,3],[4,5,6]] -> [3,2] = [[1,4],[2,5],[3,6]].
        Near([1, 4, 2, 5, 3, 6], Run(new TransposeOp(1, 0), 1, (new Shape(2, 3), [1, 2, 3, 4, 5, 6])).Y);
        // [1,2,3] with in[0,w,c] = 3w+c, perm [2,0,1] -> out[c,0,w] = 3w+c, shape [3,1,2].
        var (y, shape) = Run(new TransposeOp(2, 0, 1), 1, (new Shape(1, 2, 3), [0, 1, 2, 3, 4, 5]));
        Assert.Equal(new Shape(3, 1, 2), shape);
        Near([0, 3, 1, 4, 2, 5], y);
    }

    [Fact]
    public void Upsample1D_and_2D()
    {
        Near([1, 1, 1, 2, 2, 2], Run(new UpsampleOp(3), 1, (new Shape(2, 1), [1, 2])).Y);
        // [1,2,1] = [1,2] by 2x2 -> [2,4,1] = [1,1,2,2; 1,1,2,2].
        var (y, shape) = Run(new UpsampleOp(2, 2), 1, (new Shape(1, 2, 1), [1, 2]));
        Assert.Equal(new Shape(2, 4, 1), shape);
        Near([1, 1, 2, 2, 1, 1, 2, 2], y);
    }
}
