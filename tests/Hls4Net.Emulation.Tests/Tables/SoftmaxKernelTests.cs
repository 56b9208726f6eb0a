using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Emulation.Tests.Tables;

/// <summary>Softmax kernel on inputs whose raw results are derived by hand from the design in docs/softmax.md.</summary>
public sealed class SoftmaxKernelTests
{
    private static readonly FixedType In16 = FixedType.Parse("ap_fixed<16,6>");

    private static FixedTensor Run(long[] raw, int n, int batch, OverflowCounter counter)
    {
        var input = new Value("x", new Shape(n)) { Type = In16 };
        var node = new Node("sm", new SoftmaxOp(), [input], new Value("y", new Shape(n)));
        node.Output.Type = In16;
        return new SoftmaxKernel().Run(node, [new FixedTensor(In16, new Shape(n), batch, raw)], counter);
    }

    [Fact]
    public void DefaultPlanTypes()
    {
        var plan = SoftmaxPlan.Create(In16, 10, null, null, null, 1024, "sm");
        Assert.Equal("ap_ufixed<18,1,AP_RND,AP_SAT>", plan.ExpType.ToString());
        Assert.Equal("ap_ufixed<22,5>", plan.AccumType.ToString()); // 18 + ceil(log2 10) bits: exact sum
        Assert.Equal(4, plan.Log2Range);                              // 18 * ln 2 = 12.5 -> R = 16
        Assert.Equal(17 + 17 + 1, plan.InvNumeratorShift);
    }

    [Fact]
    public void EqualInputsGiveExactHalves()
    {
        var counter = new OverflowCounter();
        var y = Run([1024, 1024, -3000, -3000], 2, 2, counter);
        // e = 1 (entry 0), sum = 2, inv = 2^35 / 2^18 = 2^17 -> 0.5 exactly, res = 0.5 = 512 * 2^-10.
        Assert.Equal([512L, 512L, 512L, 512L], y.Raw);
        Assert.Equal(2 * (2 + 1 + 2), counter.Stores); // per row: 2 sums, 1 reciprocal, 2 results
        Assert.Equal(0, counter.Overflows);
    }

    [Fact]
    public void TwoClassesByHand()
    {
        // x = [0, -0.25]: d = 0.25, index = round(0.25 * 1024 / 16) = 16, e1 = exp(-16 * 16/1024) = exp(-0.25).
        long e0 = 1L << 17, e1 = (long)Math.Floor(Math.Exp(-0.25) * (1 << 17) + 0.5); // AP_RND
        long sum = e0 + e1;                                                          // exact, F = 17
        long inv = (long)Math.Floor(Math.Pow(2, 34) / sum + 0.5);                     // 1/sum, AP_RND at 2^-17
        var y = Run([0, -256], 2, 1, new OverflowCounter());
        Assert.Equal(new[] { (e0 * inv) >> 24, (e1 * inv) >> 24 }, y.Raw);          // AP_TRN to 2^-10
    }

    [Fact]
    public void FarBelowMaxGivesZero()
    {
        var y = Run([In16.MaxRawInt64, In16.MinRawInt64, In16.MinRawInt64], 3, 1, new OverflowCounter());
        Assert.Equal([1024L, 0L, 0L], y.Raw); // d > 16 clamps to entry 1023 = exp(-15.98) = 1.1e-7, which rounds to 0 at 2^-17: e = [1, 0, 0], sum = 1, inv = 1
    }
}
