using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Ops;

namespace Hls4Net.Emulation.Tests.Conv;

/// <summary>
/// Issue 11's stored products, hand-computed for every convolution kernel (Conv1D/2D, DepthwiseConv1D/2D) on the fast
/// and the wide path: one output whose real taps, in loop order, multiply x = [-8, 14.921875] by w = [1, 1.484375]
/// (bias 0) into accum ap_fixed&lt;10,5,AP_TRN,AP_SAT&gt; (F = 5, range [-16, 15.96875]). x1*w1 = 22.149658203125.
/// Exact: -8 + 22.149658203125 = 14.149.. truncated to 14.125. Hls4ml: the product is stored first, truncated to 22.125
/// and saturated to 15.96875, then -8 + 15.96875 = 7.96875. A padding tap (the 2-D cases) adds nothing under either.
/// </summary>
public sealed class StoredProductConvTests
{
    private const string Accum = "ap_fixed<10,5,AP_TRN,AP_SAT>";

    public static TheoryData<string, string> Cases() => new()
    {
        { "conv1d", Accum }, { "depthwise1d", Accum }, { "conv2d", Accum }, { "depthwise2d", Accum },
        { "conv1d", "ap_fixed<72,12>" }, { "depthwise1d", "ap_fixed<72,12>" }, { "conv2d", "ap_fixed<72,12>" }, { "depthwise2d", "ap_fixed<72,12>" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Products_are_stored_into_the_saturating_accumulator_under_hls4ml_only(string kind, string result)
    {
        var (op, shape) = Op(kind);
        Assert.Equal([14.125], Run(op, shape, result, ArithmeticSemantics.Exact, out var exact));
        Assert.Equal(0, exact.Overflows);
        Assert.Equal([7.96875], Run(op, shape, result, ArithmeticSemantics.Hls4ml, out var stored));
        Assert.Equal(1, stored.Overflows);
        Assert.Equal(exact.Stores + 2, stored.Stores); // one more store per real tap
    }

    /// <summary>The ops and input shapes; the 2-D ones have a 2x2 kernel over a 1x2 input padded below (two padding taps).</summary>
    private static (Op Op, Shape Input) Op(string kind)
    {
        var bias = new ConstTensor(new Shape(1), [0f]);
        return kind switch
        {
            "conv1d" => (new Conv1DOp(new ConstTensor(new Shape(2, 1, 1), [1f, 1.484375f]), bias), new Shape(2, 1)),
            "depthwise1d" => (new DepthwiseConv1DOp(new ConstTensor(new Shape(2, 1, 1), [1f, 1.484375f]), bias), new Shape(2, 1)),
            "conv2d" => (new Conv2DOp(new ConstTensor(new Shape(2, 2, 1, 1), [1f, 1.484375f, 0.5f, 0.5f]), bias, (1, 1), new Padding2D(0, 1, 0, 0), (1, 1)), new Shape(1, 2, 1)),
            "depthwise2d" => (new DepthwiseConv2DOp(new ConstTensor(new Shape(2, 2, 1, 1), [1f, 1.484375f, 0.5f, 0.5f]), bias, (1, 1), new Padding2D(0, 1, 0, 0), (1, 1)), new Shape(1, 2, 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static double[] Run(Op op, Shape shape, string result, ArithmeticSemantics semantics, out OverflowCounter counter)
    {
        var input = FixedType.Parse("ap_fixed<11,5>");
        var x = new Value("x", shape) { Type = input };
        var outShape = op.InferShape([shape]);
        var node = new Node("layer", op, [x], new Value("y", outShape) { Type = FixedType.Parse(result) })
        {
            Precision = new LayerPrecision(Weight: FixedType.Parse("ap_fixed<8,2>"), Bias: FixedType.Parse("ap_fixed<8,3>"), Accum: FixedType.Parse(Accum)),
            Hardware = new LayerHardware(Semantics: semantics),
        };
        Assert.Equal(1, outShape.Size);
        counter = new OverflowCounter();
        var raw = new[] { FixedMath.FromDouble(-8, input), FixedMath.FromDouble(14.921875, input) };
        return StandardOps.Create().Kernels().Resolve(node).Run(node, [new FixedTensor(input, shape, 1, raw)], counter).SampleToDoubles(0);
    }
}
