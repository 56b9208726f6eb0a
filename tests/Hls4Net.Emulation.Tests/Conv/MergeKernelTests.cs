using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using static Hls4Net.Emulation.Tests.Conv.KernelHarness;

namespace Hls4Net.Emulation.Tests.Conv;

public class MergeKernelTests
{
    private static readonly FixedType Wide = FixedType.Parse("ap_fixed<16,8>");
    private static readonly FixedType Sat = FixedType.Parse("ap_fixed<8,4,AP_TRN,AP_SAT>");
    private static readonly (Shape, FixedType, long[]) A = (new Shape(3), Q8_4, Q(1.5, -2, 7));
    private static readonly (Shape, FixedType, long[]) B = (new Shape(3), FixedType.Parse("ap_ufixed<6,2>"), [2, 12, 15]); // 0.125, 0.75, 0.9375

    private static long[] Merge(ElementwiseKind kind, FixedType result, params (Shape, FixedType, long[])[] inputs) =>
        Run(new ElementwiseKernel(), new ElementwiseOp(kind), result, inputs).Raw;

    [Fact]
    public void Add_Sub_Mul_exact_then_stored_once()
    {
        Assert.Equal(new long[] { 416, -320, 2032 }, Merge(ElementwiseKind.Add, Wide, A, B));
        // saturating result: 7 + 0.9375 = 7.9375 fits; 7 + 7 saturates at 7.9375 (raw 127)
        Assert.Equal(Q(3, -4, 7.9375), Merge(ElementwiseKind.Add, Sat, A, A));
        Assert.Equal(new long[] { (long)(1.375 * 256), (long)(-2.75 * 256), (long)(6.0625 * 256) }, Merge(ElementwiseKind.Sub, Wide, A, B));
        // products: 0.1875, -1.5, 6.5625 (all representable in ap_fixed<8,4>)
        Assert.Equal(Q(0.1875, -1.5, 6.5625), Merge(ElementwiseKind.Mul, Q8_4, A, B));
        // three inputs: 1.5*1.5*0.125 = 0.28125 -> 0.25; (-2)*(-2)*0.75 = 3; 7*7*0.9375 = 45.9375 saturates to 7.9375
        Assert.Equal(Q(0.25, 3, 7.9375), Merge(ElementwiseKind.Mul, Sat, A, A, B));
    }

    [Fact]
    public void Max_Min_Average()
    {
        Assert.Equal(new long[] { 384, 192, 1792 }, Merge(ElementwiseKind.Max, Wide, A, B));
        Assert.Equal(new long[] { 32, -512, 240 }, Merge(ElementwiseKind.Min, Wide, A, B));
        // average of two: exact sum times 1/2 (exact): 0.8125, -0.625, 3.96875
        Assert.Equal(new long[] { 208, -160, 1016 }, Merge(ElementwiseKind.Average, Wide, A, B));
        // average of three (1.5 + 1.5 + 0.125 = 3.125) * 43691*2^-17 = 1.04167... -> F=8 truncation: floor(3.125*43691*2^-9) = 266
        Assert.Equal(266, Merge(ElementwiseKind.Average, Wide, A, A, B)[0]);
    }
}
