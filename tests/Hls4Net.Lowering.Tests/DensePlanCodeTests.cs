using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Lowering.Tests;

/// <summary>
/// <see cref="DensePlan"/> makes its 64-bit weight codes only when <see cref="DensePlan.WeightRaw"/> is read; the counts
/// and <see cref="DensePlan.WeightCode"/> give the same values before and after. Expected codes are worked out by hand.
/// </summary>
public sealed class DensePlanCodeTests
{
    // ap_fixed<8,3> (5 fractional bits, AP_TRN, AP_WRAP): 0.5 -> 16; 0.01 -> floor(0.32) = 0; -0.02 -> floor(-0.64) = -1;
    // 1.0 -> 32; 0 -> 0; 5.0 -> 160 wraps to 160 - 256 = -96.
    private static readonly float[] Weights = [0.5f, 0.01f, -0.02f, 1.0f, 0f, 5.0f];
    private static readonly long[] Codes = [16, 0, -1, 32, 0, -96];

    private static DensePlan Plan()
    {
        var type = FixedType.Parse("ap_fixed<8,3>");
        var node = new Node("fc", new DenseOp(new ConstTensor(new Shape(2, 3), Weights), new ConstTensor(new Shape(3), [0f, 0f, 0f])),
            [new Value("x", new Shape(2))], new Value("y", new Shape(3)))
        {
            Precision = new LayerPrecision(Weight: type, Bias: type, Accum: FixedType.Parse("ap_fixed<16,6>")),
        };
        return DensePlan.Create(node);
    }

    [Fact]
    public void Codes_and_counts_are_the_same_before_and_after_the_codes_are_made()
    {
        var plan = Plan();
        Assert.Equal(6, plan.WeightCount);
        Assert.Equal(2, plan.ZeroWeights);
        Assert.Equal([2, 2], plan.RowNonZeros); // row 0: 16, 0, -1; row 1: 32, 0, -96
        Assert.Equal(Codes, Enumerable.Range(0, 6).Select(plan.WeightCode));

        Assert.Equal(Codes, plan.WeightRaw);
        Assert.Same(plan.WeightRaw, plan.WeightRaw); // made once, then kept
        Assert.Equal(Codes, Enumerable.Range(0, 6).Select(plan.WeightCode));
    }
}
