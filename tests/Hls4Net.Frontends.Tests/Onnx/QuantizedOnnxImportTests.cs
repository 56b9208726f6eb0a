using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Frontends.Onnx;
using Hls4Net.Frontends.Onnx.Quantization;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>
/// QONNX (Quant, BipolarQuant, Trunc) and QDQ (QuantizeLinear/DequantizeLinear) import: folded weights (values worked
/// out by hand from the operator specs), the exact ap_fixed types they give, where activation quantizers land, and the
/// refusals with their reasons.
/// </summary>
public sealed class QuantizedOnnxImportTests
{
    private static Graph Import(QuantizedModel m) => new OnnxImporter().Import(m.Bytes(), "quantized.onnx");

    private static FixedType Hint(Node n, DataKey<FixedType> key) => n.Annotations.TryGet(key, out var t) ? t : throw new Xunit.Sdk.XunitException($"{n.Name} has no {key}");

    /// <summary>x[2] → Gemm(W = Quant(w, 1/8, 4 bits, narrow), b = Quant(b, 1/16, 8 bits)) → Quant(1/32, 8 bits) → y.</summary>
    private static QuantizedModel Mlp(float alpha = 1, string domain = QuantizedModel.Qonnx)
    {
        var m = new QuantizedModel(domain);
        m.Builder.Input("x", 2).Output("y", 2);
        m.Quant(m.Const([0.30f, -1.2f, 0.3125f, 0.06f], 2, 2), "w_q", 0.125f, 4, narrow: 1);
        m.Quant(m.Const([0.1f, -0.2f], 2), "b_q", 0.0625f, 8);
        m.Node("Gemm", "fc", ["x", "w_q", "b_q"], "", ("alpha", alpha));
        m.Quant("fc", "y", 1f / 32, 8);
        return m;
    }

    [Fact]
    public void QuantOnWeightsFoldsAndGivesTheLayerTheExactTypes()
    {
        var g = Import(Mlp());
        var fc = Assert.Single(g.Nodes);
        var dense = Assert.IsType<DenseOp>(fc.Op);
        // 0.30·8 = 2.4 → 2; −1.2·8 = −9.6 → clipped to −7 (narrow); 0.3125·8 = 2.5 → 2 (ties to even); 0.06·8 = 0.48 → 0.
        Assert.Equal([0.25f, -0.875f, 0.25f, 0f], dense.Weights.Data);
        // 0.1·16 = 1.6 → 2; −0.2·16 = −3.2 → −3.
        Assert.Equal([0.125f, -0.1875f], dense.Bias.Data);
        Assert.Equal(FixedType.Parse("ap_fixed<4,1>"), Hint(fc, ImportHints.WeightType));
        Assert.Equal(FixedType.Parse("ap_fixed<8,4>"), Hint(fc, ImportHints.BiasType));
        // The activation quantizer is the Dense's own result type (its output is read only by the Quant).
        var result = FixedType.Parse("ap_fixed<8,3,AP_RND_CONV,AP_SAT>");
        Assert.Equal(result, Hint(fc, ImportHints.ResultType));
        Assert.Equal(result, fc.Annotations.Get(ImportHints.OutputQuantizer).Type);
        var origin = fc.Annotations.Get(ImportHints.Quantizer);
        Assert.Equal(new QuantizerOrigin("QONNX", "QONNX Quant 'y'", "QONNX Quant 'w_q'", "QONNX Quant 'b_q'"), origin);
        Assert.Same(fc.Output, Assert.Single(g.Outputs));
    }

    [Fact]
    public void TheOlderFinnDomainImportsTheSame()
    {
        var fc = Assert.Single(Import(Mlp(domain: "finn.custom_op.general")).Nodes);
        Assert.Equal(FixedType.Parse("ap_fixed<4,1>"), Hint(fc, ImportHints.WeightType));
    }

    [Fact]
    public void WeightsScaledOffTheQuantizerGridByGemmAlphaGetNoWeightType()
    {
        var fc = Assert.Single(Import(Mlp(alpha: 0.5f)).Nodes);
        Assert.Equal([0.125f, -0.4375f, 0.125f, 0f], ((DenseOp)fc.Op).Weights.Data);
        Assert.False(fc.Annotations.TryGet(ImportHints.WeightType, out _));
        Assert.True(fc.Annotations.TryGet(ImportHints.BiasType, out _));
    }

    /// <summary>The rounding table of the QONNX Quant operator docs (quant_op.md), column by column.</summary>
    [Theory]
    [InlineData("ROUND", new double[] { 6, 2, 2, 1, 1, -1, -1, -2, -2, -6 })]
    [InlineData("CEIL", new double[] { 6, 3, 2, 2, 1, -1, -1, -1, -2, -5 })]
    [InlineData("FLOOR", new double[] { 5, 2, 1, 1, 1, -1, -2, -2, -3, -6 })]
    [InlineData("UP", new double[] { 6, 3, 2, 2, 1, -1, -2, -2, -3, -6 })]
    [InlineData("DOWN", new double[] { 5, 2, 1, 1, 1, -1, -1, -1, -2, -5 })]
    [InlineData("HALF_UP", new double[] { 6, 3, 2, 1, 1, -1, -1, -2, -3, -6 })]
    [InlineData("HALF_DOWN", new double[] { 5, 2, 2, 1, 1, -1, -1, -2, -2, -5 })]
    public void RoundingModesFollowTheQonnxTableAndTheirApFixedCounterpartsGiveTheSameIntegers(string mode, double[] expected)
    {
        double[] inputs = [5.5, 2.5, 1.6, 1.1, 1.0, -1.0, -1.1, -1.6, -2.5, -5.5];
        var rounding = QuantRoundings.Parse(mode) ?? throw new Xunit.Sdk.XunitException(mode);
        Assert.Equal(expected, inputs.Select(v => rounding.Round(v)).ToArray());
        if (rounding.ApMode() is { } q)
        {
            var type = new FixedType(8, 8, true, q, OverflowMode.Sat);
            Assert.Equal(expected, inputs.Select(v => (double)FixedMath.FromDouble(v, type)).ToArray());
        }
        else
        {
            Assert.Contains(mode, new[] { "CEIL", "UP" });
        }
    }

    [Fact]
    public void NarrowSignedRangeIsSymmetricSaturation()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 3).Output("y", 3);
        m.Node("Relu", "r", ["x"]).Quant("r", "y", 0.25f, 4, narrow: 1, mode: "FLOOR");
        var relu = Assert.Single(Import(m).Nodes);
        Assert.Equal(FixedType.Parse("ap_fixed<4,2,AP_TRN,AP_SAT_SYM>"), Hint(relu, ImportHints.ResultType));
    }

    [Fact]
    public void AQuantizedGraphInputAndASecondQuantizerInARowBecomeQuantizeLayers()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 4).Output("y", 4);
        m.Quant("x", "xq", 0.5f, 6).Quant("xq", "y", 1f, 3, signed: 0, mode: "HALF_UP");
        var g = Import(m);
        Assert.Equal(2, g.Nodes.Count);
        Assert.All(g.Nodes, n => Assert.Equal(ActivationKind.Linear, Assert.IsType<ActivationOp>(n.Op).Function));
        Assert.Equal(["xq", "y"], g.Nodes.Select(n => n.Name));
        Assert.Equal(FixedType.Parse("ap_fixed<6,5,AP_RND_CONV,AP_SAT>"), Hint(g.Nodes[0], ImportHints.ResultType));
        Assert.Equal(FixedType.Parse("ap_ufixed<3,3,AP_RND_INF,AP_SAT>"), Hint(g.Nodes[1], ImportHints.ResultType));
    }

    [Fact]
    public void ATensorReadBesidesTheQuantizerKeepsItsLayerAndGetsAQuantizeLayer()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 4).Output("y", 4).Output("r", 4);
        m.Node("Relu", "r", ["x"]).Quant("r", "y", 0.5f, 6);
        var g = Import(m);
        Assert.False(g.Nodes[0].Annotations.TryGet(ImportHints.ResultType, out _));
        Assert.IsType<ActivationOp>(g.Nodes[1].Op);
        Assert.True(g.Nodes[1].Annotations.TryGet(ImportHints.ResultType, out _));
    }

    [Fact]
    public void BipolarQuantFoldsWeightsAndSplitsActivationsIntoASignStoreAndAScaleLayer()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 2).Output("y", 2);
        m.Node("BipolarQuant", "w_b", [m.Const([0.3f, 0f, -0.1f, -2f], 2, 2), m.Const([0.25f])], m.Domain);
        m.Node("Gemm", "fc", ["x", "w_b"]);
        m.Node("BipolarQuant", "y", ["fc", m.Const([0.5f])], m.Domain);
        var g = Import(m);
        var fc = g.Nodes[0];
        // x ≥ 0 → +scale (0 included), x < 0 → −scale.
        Assert.Equal([0.25f, 0.25f, -0.25f, -0.25f], ((DenseOp)fc.Op).Weights.Data);
        Assert.Equal(FixedType.Parse("ap_fixed<2,0>"), Hint(fc, ImportHints.WeightType));
        Assert.Equal(FixedType.Parse("ap_fixed<1,1,AP_TRN,AP_SAT>"), Hint(fc, ImportHints.ResultType));
        var scale = Assert.IsType<BatchNormOp>(g.Nodes[1].Op);
        Assert.Equal([1f, 1f], scale.Scale.Data);
        Assert.Equal([0.5f, 0.5f], scale.Shift.Data);
        Assert.Equal(FixedType.Parse("ap_fixed<2,1>"), Hint(g.Nodes[1], ImportHints.ResultType));
        // The sign store is exact: x ≥ 0 keeps the only non-negative code 0, x < 0 floors (and saturates) to −1.
        var sign = FixedType.Parse("ap_fixed<1,1,AP_TRN,AP_SAT>");
        Assert.Equal([0L, 0L, 0L, -1L, -1L, -1L], new[] { 0.0, 0.3, 5.0, -1e-9, -0.7, -9.0 }.Select(v => FixedMath.FromDouble(v, sign)));
    }

    [Fact]
    public void TruncIsAStoreIntoTheInputGridThenIntoTheOutputType()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 3).Output("y", 3);
        m.Node("Relu", "r", ["x"]);
        m.Node("Trunc", "y", ["r", m.Const([0.0625f]), m.Const([0f]), m.Const([12f]), m.Const([8f])], m.Domain);
        var g = Import(m);
        Assert.Equal(FixedType.Parse("ap_fixed<12,8,AP_RND_CONV,AP_SAT>"), Hint(g.Nodes[0], ImportHints.ResultType));
        // Output scale 2^-4 · 2^(12-8) = 1: ap_fixed<8,8>, floor by default.
        Assert.Equal(FixedType.Parse("ap_fixed<8,8,AP_TRN,AP_SAT>"), Hint(g.Nodes[1], ImportHints.ResultType));
    }

    [Fact]
    public void AQuantizedConstantKeepsItsTypeThroughATransposeIntoMatMul()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 2).Output("y", 2);
        m.Quant(m.Const([1f, 2f, 3f, 4f], 2, 2), "w_q", 1f, 4);
        m.Node("Transpose", "w_t", ["w_q"], "", ("perm", new long[] { 1, 0 }));
        m.Node("MatMul", "y", ["x", "w_t"]);
        var mm = Assert.Single(Import(m).Nodes);
        Assert.Equal([1f, 3f, 2f, 4f], ((MatMulOp)mm.Op).Weights.Data);
        Assert.Equal(FixedType.Parse("ap_fixed<4,4>"), Hint(mm, ImportHints.WeightType));
    }

    [Fact]
    public void QdqPairsAndDequantizedIntegerWeightsImportExactly()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 2).Output("y", 2);
        var s = m.Const([1f / 32]);
        m.Node("QuantizeLinear", "x_int", ["x", s, m.Ints(DataType.Int8, [], 0)]);
        m.Node("DequantizeLinear", "x_q", ["x_int", s, m.Ints(DataType.Int8, [], 0)]);
        // Per-axis weight scales (axis 1 = output column of B [in, out]): 2^-7 and 2^-5 give one covering type.
        m.Node("DequantizeLinear", "w", [m.Ints(DataType.Int8, [2, 2], 3, -128, 127, 0), m.Const([1f / 128, 1f / 32], 2)], "", ("axis", 1L));
        m.Node("Gemm", "fc", ["x_q", "w"]);
        var t = m.Const([0.25f]);
        m.Node("QuantizeLinear", "y_int", ["fc", t]);
        m.Node("DequantizeLinear", "y", ["y_int", t]);
        var g = Import(m);
        Assert.Equal(2, g.Nodes.Count);
        Assert.Equal(FixedType.Parse("ap_fixed<8,3,AP_RND_CONV,AP_SAT>"), Hint(g.Nodes[0], ImportHints.ResultType));
        var fc = g.Nodes[1];
        Assert.Equal([3f / 128, -4f, 127f / 128, 0f], ((DenseOp)fc.Op).Weights.Data);
        // Codes −128…127 at 2^-5 are −512…508 at 2^-7: 10 bits.
        Assert.Equal(FixedType.Parse("ap_fixed<10,3>"), Hint(fc, ImportHints.WeightType));
        // No zero point: uint8.
        Assert.Equal(FixedType.Parse("ap_ufixed<8,6,AP_RND_CONV,AP_SAT>"), Hint(fc, ImportHints.ResultType));
        Assert.Equal("QDQ", fc.Annotations.Get(ImportHints.Quantizer).Dialect);
    }

    [Theory]
    [InlineData(0.25f, 3f, "ROUND", 1, 0, "zero point 3")]
    [InlineData(0.25f, 0f, "CEIL", 1, 0, "rounds with CEIL")]
    [InlineData(0.25f, 0f, "UP", 1, 0, "rounds with UP")]
    [InlineData(0.25f, 0f, "ROUND", 0, 1, "unsigned with narrow range")]
    public void ActivationQuantizersWithoutAnExactApFixedCounterpartAreRefusedWithTheReason(float scale, float zero, string mode, int signed, int narrow, string reason)
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 2).Output("y", 2);
        m.Node("Relu", "r", ["x"]).Quant("r", "y", scale, 8, signed, narrow, mode, zero);
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains("QONNX Quant 'y'", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void AScaleThatIsNotAPowerOfTwoBecomesScaleLayersAroundTheIntegerQuantizer()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 2).Output("y", 2);
        m.Node("Relu", "r", ["x"]).Quant("r", "y", 0.1f, 6, signed: 0, mode: "HALF_DOWN");
        var g = Import(m);
        Assert.Equal(["r", "y_unscale", "y"], g.Nodes.Select(n => n.Name));
        var unscale = Assert.IsType<BatchNormOp>(g.Nodes[1].Op);
        Assert.Equal([1 / 0.1f, 1 / 0.1f], unscale.Scale.Data);
        Assert.Equal(FixedType.Parse("ap_ufixed<6,6,AP_RND_ZERO,AP_SAT>"), Hint(g.Nodes[1], ImportHints.ResultType));
        Assert.Equal(FixedType.Parse("ap_ufixed<6,6,AP_RND_ZERO,AP_SAT>"), g.Nodes[1].Annotations.Get(ImportHints.OutputQuantizer).Type);
        // 1/0.1 as float32 is 10.0000000: 2^3 ≤ it < 2^4, so 25 bits with 4 integer bits and a sign hold it exactly.
        Assert.Equal(FixedType.Parse("ap_fixed<25,5>"), Hint(g.Nodes[1], ImportHints.WeightType));
        var rescale = Assert.IsType<BatchNormOp>(g.Nodes[2].Op);
        Assert.Equal([0.1f, 0.1f], rescale.Scale.Data);
        // 0.1 in [2^-4, 2^-3): ap_fixed<25,-2>; q (6 bits) times it is exact in 6 + 25 bits.
        Assert.Equal(FixedType.Parse("ap_fixed<25,-2>"), Hint(g.Nodes[2], ImportHints.WeightType));
        Assert.Equal(FixedType.Parse("ap_fixed<31,4>"), Hint(g.Nodes[2], ImportHints.ResultType));
        Assert.Same(g.Nodes[2].Output, Assert.Single(g.Outputs));
    }

    [Fact]
    public void PerChannelScalesOnLayerDataAreRefused()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 2).Output("y", 2);
        m.Node("Quant", "y", ["x", m.Const([0.5f, 0.25f], 1, 2), m.Const([0f]), m.Const([8f])], m.Domain);
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains("2 scales (per-channel)", e.Message);
    }

    [Fact]
    public void DequantizeLinearOfLayerDataWithoutItsQuantizeLinearIsRefused()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 2).Output("y", 2);
        m.Node("DequantizeLinear", "y", ["x", m.Const([0.5f])]);
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains("needs the integer output of a QuantizeLinear", e.Message);
    }

    [Fact]
    public void AQdqPairWithTwoScalesIsRefused()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 2).Output("y", 2);
        m.Node("QuantizeLinear", "q", ["x", m.Const([0.5f])]);
        m.Node("DequantizeLinear", "y", ["q", m.Const([0.25f])]);
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains("different scales or zero points", e.Message);
    }

    [Fact]
    public void NonPowerOfTwoWeightScalesBecomeIntegerWeightsAndAScaleLayer()
    {
        var m = new QuantizedModel();
        m.Builder.Input("x", 2).Output("y", 2);
        m.Quant(m.Const([0.3f, -0.5f, 0.05f, 1f], 2, 2), "w_q", 0.1f, 4);
        m.Quant(m.Const([0.5f, -0.25f], 2), "b_q", 0.25f, 8);
        m.Node("Gemm", "y", ["x", "w_q", "b_q"]);
        var g = Import(m);
        Assert.Equal(["y", "y_alpha"], g.Nodes.Select(n => n.Name));
        var dense = Assert.IsType<DenseOp>(g.Nodes[0].Op);
        // Codes: 0.3/0.1 → 3, −0.5/0.1 → −5, 0.05/0.1 = 0.5 → 0 (ties to even), 1/0.1 = 10 → clipped to 7.
        Assert.Equal([3f, -5f, 0f, 7f], dense.Weights.Data);
        Assert.Equal([0f, 0f], dense.Bias.Data);
        Assert.Equal(FixedType.Parse("ap_int<4>").Width, Hint(g.Nodes[0], ImportHints.WeightType).Width);
        Assert.Equal(0, Hint(g.Nodes[0], ImportHints.WeightType).FracBits);
        var alpha = Assert.IsType<BatchNormOp>(g.Nodes[1].Op);
        Assert.Equal([0.1f, 0.1f], alpha.Scale.Data);
        Assert.Equal([0.5f, -0.25f], alpha.Shift.Data);
        Assert.Equal(FixedType.Parse("ap_fixed<8,6>"), Hint(g.Nodes[1], ImportHints.BiasType));
        Assert.Same(g.Nodes[1].Output, Assert.Single(g.Outputs));
    }
}
