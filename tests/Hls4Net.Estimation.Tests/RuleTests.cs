using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Estimation.Tests;

/// <summary>Each rule of docs/estimator.md on a hand-built layer, with the count worked out in the comment.</summary>
public sealed class RuleTests
{
    [Theory]
    [InlineData("DSP48E2", 16, 16, 1)]
    [InlineData("DSP48E2", 27, 18, 1)]
    [InlineData("DSP48E2", 18, 27, 1)]
    [InlineData("DSP48E2", 28, 18, 2)] // wide 28 > 27: 1 + ⌈1/26⌉
    [InlineData("DSP48E2", 32, 32, 4)] // wide 1 + ⌈5/26⌉ = 2, narrow 1 + ⌈14/17⌉ = 2
    [InlineData("DSP58", 24, 24, 1)]   // 27×24 takes 24×24 in one
    [InlineData("DSP48E2", 24, 24, 2)] // 24 > 18 on the narrow port
    [InlineData("DSP48E1", 26, 18, 2)] // 25×18: 26 needs a second slice
    public void DspSlicesPerProductFollowTheMultiplierShape(string dsp, int a, int b, int slices)
    {
        var shape = new[] { DspShape.Dsp48E1, DspShape.Dsp48E2, DspShape.Dsp58 }.Single(d => d.Name == dsp);
        Assert.Equal(slices, shape.SlicesPerProduct(a, b));
    }

    [Theory]
    [InlineData("Versal AI Core", "DSP58")]
    [InlineData("Virtex UltraScale+", "DSP48E2")]
    [InlineData("Artix-7", "DSP48E1")]
    [InlineData("Zynq-7000", "DSP48E1")]
    public void TheDspFollowsTheFamily(string family, string dsp) => Assert.Equal(dsp, DspShape.ForFamily(family).Name);

    [Fact]
    public void NarrowOperandsAndBinaryWeightsGoToLuts()
    {
        var c = HandBuilt.Context();
        var eightBit = ProductMapping.For(Core.Numerics.FixedType.Parse("ap_fixed<8,3>"), HandBuilt.Q16, c);
        Assert.Equal(0, eightBit.DspPerProduct);
        Assert.Equal(8 * 16 * 0.5, eightBit.LutPerProduct); // a·b partial-product bits × 0.5
        var binary = ProductMapping.For(HandBuilt.Q16, Core.Numerics.FixedType.Parse("ap_int<1>"), c);
        Assert.Equal(0, binary.DspPerProduct);
        Assert.Equal(8, binary.LutPerProduct); // a negate/select of the 16-bit operand: 16 × 0.5
        Assert.Equal(1, ProductMapping.For(HandBuilt.Q16, HandBuilt.Q16, c).DspPerProduct);
    }

    [Fact]
    public void AdderTreeLevelsAreLog2OfTheFanIn()
    {
        Assert.Equal(0, AdderTree.Levels(1));
        Assert.Equal(1, AdderTree.Levels(2));
        Assert.Equal(4, AdderTree.Levels(16));
        Assert.Equal(5, AdderTree.Levels(17));
        Assert.Equal(15, AdderTree.Adders(16));
    }

    [Fact]
    public void ReluIsACompareAndSelectPerValue()
    {
        var (_, node) = HandBuilt.Single(new ActivationOp(ActivationKind.Relu), new Shape(10));
        var e = new ActivationCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(10 * 16, e.Resources.Lut); // 10 values × 16 bits × 1
        Assert.Equal(0, e.Resources.Dsp);
        Assert.Equal(0, e.LatencyCycles);
    }

    [Fact]
    public void IdentityLeakyReluAndLinearAreWiring()
    {
        var (_, leaky) = HandBuilt.Single(new ActivationOp(ActivationKind.LeakyRelu, alpha: 1), new Shape(10));
        var (_, linear) = HandBuilt.Single(new ActivationOp(ActivationKind.Linear), new Shape(10));
        Assert.Equal(ResourceCost.Zero, new ActivationCostRule().Estimate(leaky, HandBuilt.Context()).Resources);
        Assert.Equal(ResourceCost.Zero, new ActivationCostRule().Estimate(linear, HandBuilt.Context()).Resources);
    }

    [Fact]
    public void ABigSigmoidTableIsBramWithOneCopyPerTwoReads()
    {
        // 1024 × 18 bits = 18432 bits = one BRAM_18K; 64 parallel reads / 2 ports = 32 copies.
        var (_, node) = HandBuilt.Single(new ActivationOp(ActivationKind.Sigmoid), new Shape(64));
        var e = new ActivationCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(32, e.Resources.Bram18K);
        Assert.Equal(2, e.LatencyCycles);
        Assert.Equal(64 * 16, e.Resources.Lut); // index adders only
    }

    [Fact]
    public void AProbitAfterTreesIsOneTableLookUpPerScore()
    {
        // ONNX-ML's PROBIT: a 1024 × 18-bit table like the sigmoid's; one score (a regressor): one BRAM_18K, one read.
        var (_, node) = HandBuilt.Single(new ActivationOp(ActivationKind.Probit), new Shape(1));
        var e = new ActivationCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(1, e.Resources.Bram18K);
        Assert.Equal(2, e.LatencyCycles);
        Assert.Equal(16, e.Resources.Lut); // the index adder of one 16-bit input
    }

    [Fact]
    public void ASmallTableIsLutrom()
    {
        // 64 × 16 = 1024 bits ≤ 1024: LUTROM, 16 LUT6 per copy, one copy per read (4 reads).
        var precision = new LayerPrecision(Table: HandBuilt.Q16, TableSize: 64);
        var (_, node) = HandBuilt.Single(new ActivationOp(ActivationKind.Tanh), new Shape(4), precision: precision);
        var e = new ActivationCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(0, e.Resources.Bram18K);
        Assert.Equal(4 * 16 + 4 * 16, e.Resources.Lut); // LUTROM 4 × 16 + index adders 4 × 16 bits
    }

    [Fact]
    public void SoftmaxHasExpAndInverseTablesAndOneProductPerValue()
    {
        var (_, node) = HandBuilt.Single(new SoftmaxOp(), new Shape(5));
        var e = new SoftmaxCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(3 + 1, e.Resources.Bram18K); // exp: ⌈5/2⌉ copies; 1/x: 1 read
        Assert.Equal(5, e.Resources.Dsp); // 18×18 exp × 1/sum on DSP48E2
        // 2 reads × 2 cycles + (2.5 ns + 3 levels × 0.9 ns = 5.2 ns → 1 cycle)
        Assert.Equal(5, e.LatencyCycles);
    }

    [Fact]
    public void MaxPoolingIsWindowMinusOneComparatorsPerOutput()
    {
        var (_, node) = HandBuilt.Single(new Pool2DOp(PoolKind.Max, (2, 2), (2, 2), Padding2D.None), new Shape(4, 4, 3));
        var e = new Pool2DCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(2 * 2 * 3 * 3 * 16, e.Resources.Lut); // 12 outputs × 3 compare-and-selects × 16 bits
        Assert.Equal(0, e.LatencyCycles); // 2 levels × 0.9 ns fit one cycle
    }

    [Fact]
    public void BatchNormScalesAreConstantProducts()
    {
        var op = new BatchNormOp(HandBuilt.Tensor([4], 1f, 0.3f, 0f, 0.1f), HandBuilt.Tensor([4], 0, 0, 0, 0));
        var (_, node) = HandBuilt.Single(op, new Shape(4));
        var e = new BatchNormCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(2, e.Resources.Dsp); // 1 = 2^0 and 0 are free; 0.3 (307) and 0.1 (102) are real products
    }

    [Fact]
    public void ElementwiseAddIsAnAdderPerValueAndMultiplyADspPerValue()
    {
        var graph = new Graph("g");
        var a = new Value("a", new Shape(8)) { Type = HandBuilt.Q16 };
        var b = new Value("b", new Shape(8)) { Type = HandBuilt.Q16 };
        graph.Inputs.AddRange([a, b]);
        var add = graph.Add("add", new ElementwiseOp(ElementwiseKind.Add), a, b);
        var mul = graph.Add("mul", new ElementwiseOp(ElementwiseKind.Mul), a, b);
        add.Output.Type = mul.Output.Type = HandBuilt.Q16;
        Assert.Equal(8 * 16, new ElementwiseCostRule().Estimate(add, HandBuilt.Context()).Resources.Lut);
        Assert.Equal(8, new ElementwiseCostRule().Estimate(mul, HandBuilt.Context()).Resources.Dsp);
    }

    [Theory]
    [InlineData(30, 48, 48, 0)]   // SRL: 48 bits × ⌈30/32⌉
    [InlineData(100, 48, 0, 2)]   // BRAM: ⌈48/36⌉ × ⌈100/512⌉
    [InlineData(1024, 16, 0, 2)]  // BRAM: ⌈16/36⌉ × ⌈1024/512⌉
    public void FifosAreSrlWhenShallowAndBramWhenDeep(int depth, int width, int lut, int bram)
    {
        var f = FifoMemory.For(depth, width, HandBuilt.Constants);
        Assert.Equal(lut, f.Lut);
        Assert.Equal(bram, f.Bram18K);
    }

    [Fact]
    public void ARuleRefusesAnotherOpKind()
    {
        var (_, node) = HandBuilt.Single(new ActivationOp(ActivationKind.Relu), new Shape(2));
        Assert.Throws<ArgumentException>(() => ((ICostRule)new SoftmaxCostRule()).Estimate(node, HandBuilt.Context()));
    }
}
