using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using static Hls4Net.Emulation.Tests.Conv.KernelHarness;

namespace Hls4Net.Emulation.Tests.Conv;

public class ConvKernelTests
{
    // Conv1D over x = [1, 2, -1, 0.5, 3] (length 5, one channel), kernel 3, stride 2, "same" padding (1 left, 1 right),
    // two filters: f0 = [1, 2, -1] bias 0.25; f1 = [0.5, 0.5, 0.5] bias -1. All in ap_fixed<8,4> (raw = value*16).
    private static Conv1DOp Conv1() => new(
        new ConstTensor(new Shape(3, 1, 2), [1f, 0.5f, 2f, 0.5f, -1f, 0.5f]),
        new ConstTensor(new Shape(2), [0.25f, -1f]),
        stride: 2, padLeft: 1, padRight: 1);

    private static readonly long[] X = Q(1, 2, -1, 0.5, 3);

    [Fact]
    public void Conv1D_stride2_same_padding_hand_computed()
    {
        var prec = new LayerPrecision(Weight: Q8_4, Bias: Q8_4, Accum: FixedType.Parse("ap_fixed<16,8>"));
        var (raw, ovf) = Run(new Conv1DKernel(), Conv1(), Q8_4, [(new Shape(5, 1), Q8_4, X)], prec);
        // o=0 reads [pad, 1, 2]:    f0 = 0.25 + 1*2 + 2*(-1) = 0.25;        f1 = -1 + 0.5*(1+2) = 0.5
        // o=1 reads [2, -1, 0.5]:   f0 = 0.25 + 2 - 2 - 0.5 = -0.25;        f1 = -1 + 0.5*1.5 = -0.25
        // o=2 reads [0.5, 3, pad]:  f0 = 0.25 + 0.5 + 6 = 6.75;             f1 = -1 + 0.5*3.5 = 0.75
        Assert.Equal(new long[] { 4, 8, -4, -4, 108, 12 }, raw);
        Assert.Equal(0, ovf.Overflows);
    }

    [Fact]
    public void Conv1D_each_addition_is_stored_into_a_saturating_accumulator()
    {
        // accum ap_fixed<6,3,AP_TRN,AP_SAT> holds [-4, 3.875]. f0 at o=2: 0.25 -> +0.5 = 0.75 -> +3*2 = 6.75 saturates to 3.875.
        // f0 at o=0: 0.25 -> +2 = 2.25 -> -2 = 0.25 (no overflow: order matters only when a partial sum leaves the range).
        var acc = new FixedType(6, 3, true, QuantMode.Trn, OverflowMode.Sat);
        var prec = new LayerPrecision(Weight: Q8_4, Bias: Q8_4, Accum: acc);
        var (raw, ovf) = Run(new Conv1DKernel(), Conv1(), Q8_4, [(new Shape(5, 1), Q8_4, X)], prec);
        Assert.Equal(new long[] { 4, 8, -4, -4, 62, 12 }, raw);
        Assert.Equal(1, ovf.Overflows);
    }

    [Fact]
    public void Conv1D_with_dilation_and_wrapping_result()
    {
        // kernel 2, dilation 2, no padding: out[o] = x[o]*w0 + x[o+2]*w1, w = [1, 2], bias 0; length 5 -> 3 outputs.
        var op = new Conv1DOp(new ConstTensor(new Shape(2, 1, 1), [1f, 2f]), new ConstTensor(new Shape(1), [0f]), dilation: 2);
        var prec = new LayerPrecision(Weight: Q8_4, Bias: Q8_4, Accum: FixedType.Parse("ap_fixed<16,8>"));
        var (raw, ovf) = Run(new Conv1DKernel(), op, Q8_4, [(new Shape(5, 1), Q8_4, X)], prec);
        // o0 = 1 + 2*(-1) = -1; o1 = 2 + 2*0.5 = 3; o2 = -1 + 2*3 = 5
        Assert.Equal(Q(-1, 3, 5), raw);
        Assert.Equal(0, ovf.Overflows);
        // The same into ap_fixed<6,3> (range [-4, 3.875], raw = value*8): -1 -> -8, 3 -> 24, 5 wraps.
        var (raw2, ovf2) = Run(new Conv1DKernel(), op, FixedType.Parse("ap_fixed<6,3>"), [(new Shape(5, 1), Q8_4, X)], prec);
        Assert.Equal(new long[] { -8, 24, -24 }, raw2); // 5 = raw 40 in F=3 wraps to 40-64 = -24
        Assert.Equal(1, ovf2.Overflows);
    }

    [Fact]
    public void Conv2D_hand_computed_3x3_input_2x2_kernel_two_channels()
    {
        // Input [3,3,2]: channel 0 = 1..9 row-major, channel 1 = all 0.5. Kernel [2,2,2,1]: channel 0 taps
        // [[1,0],[0,1]], channel 1 taps all 1; bias 1; stride 1; pad bottom/right 1 ("same" for even kernel).
        var x = new long[18];
        for (var i = 0; i < 9; i++)
        {
            x[2 * i] = (i + 1) * 16;
            x[2 * i + 1] = 8;
        }
        var w = new float[] { 1, 1, 0, 1, 0, 1, 1, 1 }; // [kh][kw][ci][co]
        var op = new Conv2DOp(new ConstTensor(new Shape(2, 2, 2, 1), w), new ConstTensor(new Shape(1), [1f]), (1, 1), new Padding2D(0, 1, 0, 1), (1, 1));
        var wide = FixedType.Parse("ap_fixed<16,8>");
        var (raw, _) = Run(new Conv2DKernel(), op, wide, [(new Shape(3, 3, 2), Q8_4, x)], new LayerPrecision(Weight: Q8_4, Bias: Q8_4, Accum: wide));
        // out(r,c) = 1 + x0(r,c) + x0(r+1,c+1) + 0.5 * (number of real taps)
        double[] expected =
        [
            1 + 1 + 5 + 2, 1 + 2 + 6 + 2, 1 + 3 + 0 + 1,
            1 + 4 + 8 + 2, 1 + 5 + 9 + 2, 1 + 6 + 0 + 1,
            1 + 7 + 0 + 1, 1 + 8 + 0 + 1, 1 + 9 + 0 + 0.5,
        ];
        Assert.Equal(expected.Select(v => (long)(v * 256)).ToArray(), raw);
    }

    [Fact]
    public void DepthwiseConv2D_multiplier_2_keeps_channels_apart()
    {
        // Input [1,2,2] (1x2 image, 2 channels) = [[a0,a1],[b0,b1]] = [[1,2],[3,4]]; kernel 1x2, mult 2:
        // w[0][kw][c][m]: c0: m0 = [1,1], m1 = [1,-1]; c1: m0 = [2,0], m1 = [0,0.5]. Bias = [0, 0.5, 0, -1].
        var w = new float[] { 1, 1, 2, 0, 1, -1, 0, 0.5f };
        var op = new DepthwiseConv2DOp(new ConstTensor(new Shape(1, 2, 2, 2), w), new ConstTensor(new Shape(4), [0f, 0.5f, 0f, -1f]), (1, 1), Padding2D.None, (1, 1));
        var wide = FixedType.Parse("ap_fixed<16,8>");
        var (raw, _) = Run(new DepthwiseConv2DKernel(), op, wide, [(new Shape(1, 2, 2), Q8_4, Q(1, 2, 3, 4))], new LayerPrecision(Weight: Q8_4, Bias: Q8_4, Accum: wide));
        // out channel 0 (c0,m0) = 1+3 = 4; 1 (c0,m1) = 0.5 + 1 - 3 = -1.5; 2 (c1,m0) = 2*2 = 4; 3 (c1,m1) = -1 + 0.5*4 = 1
        Assert.Equal(new long[] { 4 * 256, -384, 4 * 256, 256 }, raw);
    }
}
