using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using static Hls4Net.Emulation.Tests.Float.FloatHarness;

namespace Hls4Net.Emulation.Tests.Float;

public sealed class ConvFloatKernelTests
{
    [Fact]
    public void Conv1D_stride2_same_padding_two_samples()
    {
        // Kernel 3, stride 2, pad 1/1; filters f0 = [1, 2, -1] bias 0.25, f1 = [0.5, 0.5, 0.5] bias -1 (w is [t][ci][co]).
        var op = new Conv1DOp(new ConstTensor(new Shape(3, 1, 2), [1f, 0.5f, 2f, 0.5f, -1f, 0.5f]),
            new ConstTensor(new Shape(2), [0.25f, -1f]), stride: 2, padLeft: 1, padRight: 1);
        // Sample 0: x = [1, 2, -1, 0.5, 3]; sample 1: x = [2, 4, -2, 1, 6].
        var (y, shape) = Run(op, 2, (new Shape(5, 1), [1, 2, -1, 0.5, 3, 2, 4, -2, 1, 6]));
        Assert.Equal(new Shape(3, 2), shape);
        // s0: o0 taps [pad, 1, 2]: f0 = 0.25 + 2 - 2 = 0.25, f1 = -1 + 1.5 = 0.5; o1 [2, -1, 0.5]: f0 = 0.25 + 2 - 2 - 0.5, f1 = -1 + 0.75;
        //     o2 [0.5, 3, pad]: f0 = 0.25 + 0.5 + 6, f1 = -1 + 1.75.
        // s1: o0 [pad, 2, 4]: f0 = 0.25 + 4 - 4, f1 = -1 + 3; o1 [4, -2, 1]: f0 = 0.25 + 4 - 4 - 1, f1 = -1 + 1.5;
        //     o2 [1, 6, pad]: f0 = 0.25 + 1 + 12, f1 = -1 + 3.5.
        Near([0.25, 0.5, -0.25, -0.25, 6.75, 0.75, 0.25, 2, -0.75, 0.5, 13.25, 2.5], y);
    }

    [Fact]
    public void Conv1D_dilation2()
    {
        // out[o] = x[o]*1 + x[o+2]*2 on x = [1, 2, -1, 0.5, 3].
        var op = new Conv1DOp(new ConstTensor(new Shape(2, 1, 1), [1f, 2f]), new ConstTensor(new Shape(1), [0f]), dilation: 2);
        var (y, _) = Run(op, 1, (new Shape(5, 1), [1, 2, -1, 0.5, 3]));
        Near([1 - 2, 2 + 1, -1 + 6], y);
    }

    [Fact]
    public void Conv2D_two_input_channels_pad_bottom_right()
    {
        // Input [3,3,2]: channel 0 = 1..9, channel 1 = 0.5. Kernel [2,2,2,1]: channel 0 taps [[1,0],[0,1]], channel 1 all 1; bias 1.
        var x = new double[18];
        for (var i = 0; i < 9; i++)
        {
            x[2 * i] = i + 1;
            x[2 * i + 1] = 0.5;
        }
        var op = new Conv2DOp(new ConstTensor(new Shape(2, 2, 2, 1), [1, 1, 0, 1, 0, 1, 1, 1]), new ConstTensor(new Shape(1), [1f]),
            (1, 1), new Padding2D(0, 1, 0, 1), (1, 1));
        var (y, shape) = Run(op, 1, (new Shape(3, 3, 2), x));
        Assert.Equal(new Shape(3, 3, 1), shape);
        // out(r,c) = 1 + x0(r,c) + x0(r+1,c+1) + 0.5 * (real taps)
        Near([9, 11, 5, 15, 17, 8, 9, 10, 10.5], y);
    }

    [Fact]
    public void Conv2D_stride2_pad1_all_ones_3x3()
    {
        // 3x3 input 1..9, 3x3 all-ones kernel, stride 2, pad 1 on every side: 2x2 output of the real taps' sums.
        var op = new Conv2DOp(new ConstTensor(new Shape(3, 3, 1, 1), Enumerable.Repeat(1f, 9).ToArray()), new ConstTensor(new Shape(1), [0f]),
            (2, 2), new Padding2D(1, 1, 1, 1), (1, 1));
        var (y, shape) = Run(op, 1, (new Shape(3, 3, 1), [1, 2, 3, 4, 5, 6, 7, 8, 9]));
        Assert.Equal(new Shape(2, 2, 1), shape);
        Near([1 + 2 + 4 + 5, 2 + 3 + 5 + 6, 4 + 5 + 7 + 8, 5 + 6 + 8 + 9], y);
    }

    [Fact]
    public void DepthwiseConv1D_multiplier2()
    {
        // Input [3,2]: c0 = [1,2,3], c1 = [10,20,30] (interleaved). Kernel 2, mult 2, w[t][c][m]:
        // t0: c0 [1,-1], c1 [0.5,0]; t1: c0 [1,2], c1 [0,1]. Bias per co = c*2+m: [0, 0.5, 1, -1].
        var op = new DepthwiseConv1DOp(new ConstTensor(new Shape(2, 2, 2), [1, -1, 0.5f, 0, 1, 2, 0, 1]),
            new ConstTensor(new Shape(4), [0, 0.5f, 1, -1]));
        var (y, shape) = Run(op, 1, (new Shape(3, 2), [1, 10, 2, 20, 3, 30]));
        Assert.Equal(new Shape(2, 4), shape);
        // o0: co0 = 1 + 2; co1 = 0.5 - 1 + 4; co2 = 1 + 5; co3 = -1 + 20.  o1: co0 = 2 + 3; co1 = 0.5 - 2 + 6; co2 = 1 + 10; co3 = -1 + 30.
        Near([3, 3.5, 6, 19, 5, 4.5, 11, 29], y);
    }

    [Fact]
    public void DepthwiseConv2D_same_padding_even_kernel()
    {
        // Input [2,2,1] = [1,2;3,4], kernel 2x2 = [1,10;100,1000], pad bottom/right 1: each tap lands on its own decimal digit.
        var op = new DepthwiseConv2DOp(new ConstTensor(new Shape(2, 2, 1, 1), [1, 10, 100, 1000]), new ConstTensor(new Shape(1), [0f]),
            (1, 1), new Padding2D(0, 1, 0, 1), (1, 1));
        var (y, _) = Run(op, 1, (new Shape(2, 2, 1), [1, 2, 3, 4]));
        Near([4321, 402, 43, 4], y);
    }

    [Fact]
    public void ConvKernelRejectsOtherOps()
    {
        Assert.Throws<ArgumentException>(() => new ConvFloatKernel(typeof(DenseOp)));
    }
}
