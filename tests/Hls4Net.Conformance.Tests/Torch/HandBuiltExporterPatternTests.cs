using Hls4Net.TestSupport;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Tests.Onnx;
using Xunit.Abstractions;
using static Hls4Net.Conformance.Tests.Torch.OnnxPatternAgreement;

namespace Hls4Net.Conformance.Tests.Torch;

/// <summary>
/// The tf2onnx / keras2onnx patterns torch cannot produce, built by hand: NHWC data with Transpose pairs,
/// BatchNormalization after Conv, a standalone BatchNormalization on images, Mul/Add scale-and-shift, MatMul+Add and
/// Identity chains. Each must agree with ONNX Runtime in float (1e-5) and C-simulate bit-exact in both io types.
/// </summary>
public sealed class HandBuiltExporterPatternTests : IDisposable
{
    private readonly OnnxPatternAgreement _agreement = new();
    private readonly ITestOutputHelper _output;

    public HandBuiltExporterPatternTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => _agreement.Dispose();

    public static TheoryData<string> Patterns() => new(["tf2onnx_conv_bn_nhwc", "keras2onnx_bn_standalone_nhwc", "tf2onnx_scale_shift_identity"]);

    public static TheoryData<string, string> PatternsAndIoTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (var p in new[] { "tf2onnx_conv_bn_nhwc", "keras2onnx_bn_standalone_nhwc", "tf2onnx_scale_shift_identity" })
        {
            data.Add(p, "io_parallel");
            data.Add(p, "io_stream");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void FloatModeAgreesWithOnnxRuntime(string pattern)
    {
        var (max, graph) = _agreement.Measure(Build(pattern));
        _output.WriteLine($"{pattern}: max |emulator float - ORT| = {max:E2}; layers: {string.Join(", ", graph.Nodes.Select(n => n.Op.Kind))}");
        Assert.True(max <= 1e-5, $"{pattern}: {max:E3}");
        if (pattern == "tf2onnx_conv_bn_nhwc")
        {
            // The BatchNormalization is fused into the convolution; the NHWC transposes cancel completely.
            Assert.DoesNotContain(graph.Nodes, n => n.Op is BatchNormOp or TransposeOp);
        }
        if (pattern == "keras2onnx_bn_standalone_nhwc") Assert.Contains(graph.Nodes, n => n.Op is BatchNormOp);
        if (pattern == "tf2onnx_scale_shift_identity") Assert.DoesNotContain(graph.Nodes, n => n.Op is IdentityOp or BatchNormOp);

        // Under hls4ml semantics batch norms and bias layers may stay apart: the float mode agrees just as well.
        var (maxHls4ml, _) = _agreement.Measure(Build(pattern), semantics: "hls4ml");
        Assert.True(maxHls4ml <= 1e-5, $"{pattern} (hls4ml semantics): {maxHls4ml:E3}");
    }

    [Theory]
    [MemberData(nameof(PatternsAndIoTypes))]
    public void CsimIsBitExact(string pattern, string ioType)
    {
        var path = _agreement.Write(Build(pattern));
        var width = pattern == "tf2onnx_scale_shift_identity" ? 6 : pattern == "tf2onnx_conv_bn_nhwc" ? 6 * 6 * 3 : 5 * 5 * 2;
        var samples = SampleSet.Random(64, width, seed: 9, scale: 2.0);
        var result = new ConformanceRunner().Run(path, null, null, new ConfigOverrides { IoType = ioType, Precision = "ap_fixed<14,6,AP_RND,AP_SAT>" }, samples,
            CsimFlow.Options());
        _output.WriteLine($"{pattern} {ioType}: {result.Report.BitExactSamples}/{result.Report.Samples} bit-exact");
        Assert.True(result.Report.AllBitExact, $"{pattern}/{ioType}: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }

    private static OnnxModelBuilder Build(string pattern) => pattern switch
    {
        "tf2onnx_conv_bn_nhwc" => ConvBatchNormNhwc(),
        "keras2onnx_bn_standalone_nhwc" => StandaloneBatchNormNhwc(),
        _ => ScaleShiftIdentity(),
    };

    /// <summary>tf2onnx: x[6,6,3] NHWC → Transpose → Conv 3x3 → BatchNormalization → Relu → Transpose → Reshape → MatMul → Add → Softmax.</summary>
    private static OnnxModelBuilder ConvBatchNormNhwc() => new OnnxModelBuilder(13, "tf2onnx_conv_bn_nhwc")
        .Input("x", 6, 6, 3)
        .Init("w", [4, 3, 3, 3], Weights(108, 1)).Init("b", [4], Weights(4, 2))
        .Init("gamma", [4], Positive(4, 3)).Init("beta", [4], Weights(4, 4)).Init("mean", [4], Weights(4, 5)).Init("var", [4], Positive(4, 6))
        .InitInt64("flat", -1, 144)
        .Init("wd", [144, 5], Weights(720, 7)).Init("bd", [5], Weights(5, 8))
        .Node("Transpose", "model/conv/Conv2D__6", ["x"], "xt", ("perm", new long[] { 0, 3, 1, 2 }))
        .Node("Conv", "model/conv/Conv2D", ["xt", "w", "b"], "c", ("kernel_shape", new long[] { 3, 3 }), ("pads", new long[] { 1, 1, 1, 1 }))
        .Node("BatchNormalization", "model/bn/FusedBatchNormV3", ["c", "gamma", "beta", "mean", "var"], "bn", ("epsilon", 0.001f))
        .Node("Relu", "model/relu", ["bn"], "r")
        .Node("Transpose", "model/conv/Conv2D__8", ["r"], "rt", ("perm", new long[] { 0, 2, 3, 1 }))
        .Node("Reshape", "model/flatten/Reshape", ["rt", "flat"], "f")
        .Node("MatMul", "model/dense/MatMul", ["f", "wd"], "m")
        .Node("Add", "model/dense/BiasAdd", ["m", "bd"], "d")
        .Node("Softmax", "model/dense/Softmax", ["d"], "y", ("axis", -1L))
        .Output("y", 5);

    /// <summary>keras2onnx: x[5,5,2] NHWC → Transpose → BatchNormalization (no conv before) → Transpose → Mul/Add (per channel, NHWC) → Relu → Flatten → Gemm.</summary>
    private static OnnxModelBuilder StandaloneBatchNormNhwc() => new OnnxModelBuilder(11, "keras2onnx_bn_standalone_nhwc")
        .Input("x", 5, 5, 2)
        .Init("gamma", [2], Positive(2, 11)).Init("beta", [2], Weights(2, 12)).Init("mean", [2], Weights(2, 13)).Init("var", [2], Positive(2, 14))
        .Init("scale", [2], Positive(2, 15)).Init("shift", [2], Weights(2, 16))
        .Init("wd", [3, 50], Weights(150, 17)).Init("bd", [3], Weights(3, 18))
        .Node("Transpose", "bn_nchw", ["x"], "xt", ("perm", new long[] { 0, 3, 1, 2 }))
        .Node("BatchNormalization", "batch_normalization", ["xt", "gamma", "beta", "mean", "var"], "bn", ("epsilon", 0.001f))
        .Node("Transpose", "bn_nhwc", ["bn"], "bt", ("perm", new long[] { 0, 2, 3, 1 }))
        .Node("Mul", "scale", ["bt", "scale"], "s")
        .Node("Add", "shift", ["s", "shift"], "t")
        .Node("Relu", "relu", ["t"], "r")
        .Node("Flatten", "flatten", ["r"], "f", ("axis", 1L))
        .Node("Gemm", "dense", ["f", "wd", "bd"], "y", ("transB", 1L))
        .Output("y", 3);

    /// <summary>tf2onnx: x[6] → Identity → MatMul → Add → Mul (scale) → Add (shift) → Identity → Relu → Identity → MatMul → Add.</summary>
    private static OnnxModelBuilder ScaleShiftIdentity() => new OnnxModelBuilder(13, "tf2onnx_scale_shift_identity")
        .Input("x", 6)
        .Init("w1", [6, 8], Weights(48, 21)).Init("b1", [8], Weights(8, 22)).Init("scale", [8], Positive(8, 23)).Init("shift", [8], Weights(8, 24))
        .Init("w2", [8, 4], Weights(32, 25)).Init("b2", [4], Weights(4, 26))
        .Node("Identity", "input_identity", ["x"], "x1")
        .Node("MatMul", "dense/MatMul", ["x1", "w1"], "m1")
        .Node("Add", "dense/BiasAdd", ["m1", "b1"], "a1")
        .Node("Mul", "bn/mul", ["a1", "scale"], "s1")
        .Node("Add", "bn/add", ["s1", "shift"], "t1")
        .Node("Identity", "id1", ["t1"], "i1")
        .Node("Relu", "relu", ["i1"], "r1")
        .Node("Identity", "id2", ["r1"], "i2")
        .Node("MatMul", "out/MatMul", ["i2", "w2"], "m2")
        .Node("Add", "out/BiasAdd", ["m2", "b2"], "y")
        .Output("y", 4);
}
