using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Lowering.Tests;

/// <summary>
/// The one deliberate exception to hls4ml's bits under hls4ml semantics (docs/hls4ml-differences.md): weights are
/// rounded from their exact values, also on a rounding tie, under both semantics.
/// </summary>
public sealed class WeightRoundingTieTests
{
    [Theory]
    [InlineData("hls4ml")]
    [InlineData("exact")]
    public void AWeightOnATieRoundsUpUnderApRnd(string semantics)
    {
        // -3·2^-8 = -0.01171875 in ap_fixed<8,1,AP_RND> (7 fractional bits, LSB 2^-7): -0.01171875·128 = -1.5 LSB, a tie.
        // AP_RND adds half an LSB and truncates toward -inf: floor(-1.5 + 0.5) = -1, i.e. -2^-7 = -0.0078125
        // (hls4ml gives -2·2^-7 = -0.015625 here).
        var weightType = FixedType.Parse("ap_fixed<8,1,AP_RND>");
        var node = new Node("fc", new DenseOp(new ConstTensor(new Shape(1, 1), [-3f / 256]), new ConstTensor(new Shape(1), [0f])), [new Value("x", new Shape(1))], new Value("y", new Shape(1)))
        {
            Precision = new LayerPrecision(Weight: weightType, Bias: weightType, Accum: FixedType.Parse("ap_fixed<16,6>")),
            Hardware = new LayerHardware(Semantics: semantics == "hls4ml" ? ArithmeticSemantics.Hls4ml : ArithmeticSemantics.Exact),
        };

        var plan = DensePlan.Create(node);

        Assert.Equal(-1L, plan.WeightRaw[0]);
        Assert.Equal(-0.0078125, FixedMath.ToDouble(plan.WeightRaw[0], weightType.FracBits));
    }
}
