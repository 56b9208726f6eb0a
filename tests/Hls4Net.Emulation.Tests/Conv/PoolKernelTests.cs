using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering.Plans;
using static Hls4Net.Emulation.Tests.Conv.KernelHarness;

namespace Hls4Net.Emulation.Tests.Conv;

public class PoolKernelTests
{
    private static readonly FixedType Wide = FixedType.Parse("ap_fixed<16,8>");

    [Fact]
    public void MaxPool1D_same_padding_ignores_the_padding()
    {
        // x = [-1, -2, -3, -0.5, -4] (all negative, so a zero pad would win if it took part); size 2, stride 2, pad right 1.
        var (raw, _) = Run(new Pool1DKernel(), new Pool1DOp(PoolKind.Max, 2, 2, 0, 1), Q8_4, [(new Shape(5, 1), Q8_4, Q(-1, -2, -3, -0.5, -4))]);
        Assert.Equal(Q(-1, -0.5, -4), raw);
    }

    [Fact]
    public void AveragePool1D_divides_by_the_real_taps_or_the_full_window()
    {
        // x = [1, 2, 3, 4, 5], size 2, stride 2, pad right 1: windows [1,2], [3,4], [5] -> 1.5, 3.5, 5 (excluding pad)
        var x = (new Shape(5, 1), Q8_4, Q(1, 2, 3, 4, 5));
        var (raw, _) = Run(new Pool1DKernel(), new Pool1DOp(PoolKind.Average, 2, 2, 0, 1), Wide, [x]);
        Assert.Equal(new long[] { 384, 896, 1280 }, raw);
        // count_include_pad: the last window is 5/2 = 2.5
        var (raw2, _) = Run(new Pool1DKernel(), new Pool1DOp(PoolKind.Average, 2, 2, 0, 1, countIncludePad: true), Wide, [x]);
        Assert.Equal(new long[] { 384, 896, 640 }, raw2);
    }

    [Fact]
    public void AveragePool2D_of_three_uses_the_rounded_reciprocal()
    {
        // 1x3 window over [1, 1, 0.0625]: sum 2.0625 (raw 33 at F=4); inv = 1/3 in ap_ufixed<18,1,AP_RND> = round(2^17/3) = 43691
        // (F=17). Product = 33*43691 at F=21 = 1441803 -> into ap_fixed<16,8> (F=8, truncation): floor(1441803 / 2^13) = 176.
        var op = new Pool2DOp(PoolKind.Average, (1, 3), (1, 3), Padding2D.None);
        var (raw, _) = Run(new Pool2DKernel(), op, Wide, [(new Shape(1, 3, 1), Q8_4, [16, 16, 1])]);
        Assert.Equal(43691, PoolTypes.InverseRaw(3));
        Assert.Equal(new long[] { 176 }, raw);
    }

    [Fact]
    public void MaxPool2D_2x2_per_channel()
    {
        // [2,2,2]: channel 0 = 1, 4, -2, 3; channel 1 = -1, -4, -2, -3
        var (raw, _) = Run(new Pool2DKernel(), new Pool2DOp(PoolKind.Max, (2, 2), (2, 2), Padding2D.None), Q8_4,
            [(new Shape(2, 2, 2), Q8_4, Q(1, -1, 4, -4, -2, -2, 3, -3))]);
        Assert.Equal(Q(4, -1), raw);
    }

    [Fact]
    public void GlobalAverage_with_a_narrow_saturating_accumulator()
    {
        // [3, 1] = [3, 3, -3], accum ap_fixed<6,3,AP_TRN,AP_SAT> ([-4, 3.875]): 3 -> 6 saturates to 3.875 -> 0.875;
        // times 1/3 (43691 * 2^-17) = 0.29166... -> ap_fixed<8,4> truncates to 0.25 (raw 4). Exact would be 1.
        var acc = new FixedType(6, 3, true, QuantMode.Trn, OverflowMode.Sat);
        var (raw, ovf) = Run(new GlobalPoolKernel(), new GlobalPoolOp(PoolKind.Average), Q8_4, [(new Shape(3, 1), Q8_4, Q(3, 3, -3))],
            new LayerPrecision(Accum: acc));
        Assert.Equal(new long[] { 4 }, raw);
        Assert.Equal(1, ovf.Overflows);
        var (raw2, _) = Run(new GlobalPoolKernel(), new GlobalPoolOp(PoolKind.Max), Q8_4, [(new Shape(3, 1), Q8_4, Q(3, 3.5, -3))]);
        Assert.Equal(Q(3.5), raw2);
    }
}
