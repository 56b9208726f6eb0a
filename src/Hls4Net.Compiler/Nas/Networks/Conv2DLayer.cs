namespace Hls4Net.Nas;

/// <summary>A stride-1 2-D convolution [channels, height, width] → [filters, height', width'] (cross-correlation, as
/// PyTorch and ONNX <c>Conv</c>). Weight layout [filters, channels, kernelH, kernelW] (PyTorch <c>nn.Conv2d.weight</c>,
/// ONNX); bias [filters]. 'same' pads kernel − 1 zeros per axis, (kernel − 1) / 2 before the data and the rest after.</summary>
public sealed class Conv2DLayer : FloatLayer
{
    public Conv2DLayer(int filters, int kernelH, int kernelW, ConvPadding padding = ConvPadding.Valid)
    {
        if (filters < 1) throw new ArgumentException($"Conv2D filters must be at least 1, got {filters}.");
        if (kernelH < 1 || kernelW < 1)
            throw new ArgumentException($"Conv2D kernel must be at least 1×1, got {kernelH}×{kernelW}.");
        Filters = filters;
        KernelH = kernelH;
        KernelW = kernelW;
        Padding = padding;
    }

    /// <summary>Output channels.</summary>
    public int Filters { get; }

    /// <summary>Kernel height.</summary>
    public int KernelH { get; }

    /// <summary>Kernel width.</summary>
    public int KernelW { get; }

    /// <summary>'valid' or 'same'.</summary>
    public ConvPadding Padding { get; }

    public override int BiasLength => Filters;

    private int PadTop => Padding == ConvPadding.Same ? (KernelH - 1) / 2 : 0;

    private int PadLeft => Padding == ConvPadding.Same ? (KernelW - 1) / 2 : 0;

    public override int[] OutputShape(IReadOnlyList<int> inputShape)
    {
        RequireRank(inputShape, 3, "Conv2D");
        var same = Padding == ConvPadding.Same;
        int h = same ? inputShape[1] : inputShape[1] - KernelH + 1, w = same ? inputShape[2] : inputShape[2] - KernelW + 1;
        if (h < 1 || w < 1)
            throw new ArgumentException($"Conv2D kernel {KernelH}×{KernelW} is larger than its input {inputShape[1]}×{inputShape[2]}.");
        return [Filters, h, w];
    }

    public override int[]? WeightShape(IReadOnlyList<int> inputShape) => [Filters, inputShape[0], KernelH, KernelW];

    public override long Multiplications(IReadOnlyList<int> inputShape)
    {
        var o = OutputShape(inputShape);
        return (long)o[1] * o[2] * Filters * inputShape[0] * KernelH * KernelW;
    }

    internal override void Forward(ReadOnlySpan<double> x, Span<double> y, int[] inShape, int[] outShape,
        double[]? w, double[]? b)
    {
        int c = inShape[0], h = inShape[1], wd = inShape[2], ho = outShape[1], wo = outShape[2];
        int pt = PadTop, pl = PadLeft;
        for (var f = 0; f < Filters; f++)
        for (var i = 0; i < ho; i++)
        for (var j = 0; j < wo; j++)
        {
            var s = b![f];
            for (var ch = 0; ch < c; ch++)
            for (var ki = 0; ki < KernelH; ki++)
            {
                var r = i + ki - pt;
                if ((uint)r >= (uint)h) continue;
                var wBase = ((f * c + ch) * KernelH + ki) * KernelW;
                var xBase = (ch * h + r) * wd;
                for (var kj = 0; kj < KernelW; kj++)
                {
                    var q = j + kj - pl;
                    if ((uint)q < (uint)wd) s += w![wBase + kj] * x[xBase + q];
                }
            }
            y[(f * ho + i) * wo + j] = s;
        }
    }

    internal override void Backward(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> gy,
        Span<double> gx, int[] inShape, int[] outShape, double[]? w, Span<double> gw, Span<double> gb)
    {
        int c = inShape[0], h = inShape[1], wd = inShape[2], ho = outShape[1], wo = outShape[2];
        int pt = PadTop, pl = PadLeft;
        gx.Clear();
        for (var f = 0; f < Filters; f++)
        for (var i = 0; i < ho; i++)
        for (var j = 0; j < wo; j++)
        {
            var g = gy[(f * ho + i) * wo + j];
            gb[f] += g;
            for (var ch = 0; ch < c; ch++)
            for (var ki = 0; ki < KernelH; ki++)
            {
                var r = i + ki - pt;
                if ((uint)r >= (uint)h) continue;
                var wBase = ((f * c + ch) * KernelH + ki) * KernelW;
                var xBase = (ch * h + r) * wd;
                for (var kj = 0; kj < KernelW; kj++)
                {
                    var q = j + kj - pl;
                    if ((uint)q >= (uint)wd) continue;
                    gw[wBase + kj] += g * x[xBase + q];
                    gx[xBase + q] += g * w![wBase + kj];
                }
            }
        }
    }

    public override string ToString() =>
        $"Conv2D({Filters}, {KernelH}x{KernelW}, {Padding.ToString().ToLowerInvariant()})";
}
