using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Sliding-window geometry for the float convolution and pooling kernels, read straight from the op; a 1-D window
/// is a 2-D one of height 1. Input [InH, InW, InC], output [OutH, OutW, OutC], channels last. Input row of tap r
/// for output row o is o*StrideH - PadTop + r*DilationH (columns likewise); positions outside the input are padding.
/// </summary>
internal sealed record FloatWindow(
    int InH, int InW, int InC, int OutH, int OutW, int OutC,
    int KernelH, int KernelW, int StrideH, int StrideW, int PadTop, int PadLeft, int DilationH, int DilationW)
{
    /// <summary>Input row of tap <paramref name="kh"/> for output row <paramref name="oh"/>, or -1 when it is padding.</summary>
    public int Row(int oh, int kh)
    {
        var ih = oh * StrideH - PadTop + kh * DilationH;
        return ih >= 0 && ih < InH ? ih : -1;
    }

    /// <summary>Input column of tap <paramref name="kw"/> for output column <paramref name="ow"/>, or -1 when it is padding.</summary>
    public int Column(int ow, int kw)
    {
        var iw = ow * StrideW - PadLeft + kw * DilationW;
        return iw >= 0 && iw < InW ? iw : -1;
    }

    /// <summary>The window of a convolution or pooling node.</summary>
    public static FloatWindow Of(Node node)
    {
        var i = node.Inputs[0].Shape;
        var o = node.Output.Shape;
        return node.Op switch
        {
            Conv1DOp c => OneD(i, o, c.KernelSize, c.Stride, c.PadLeft, c.Dilation),
            DepthwiseConv1DOp c => OneD(i, o, c.KernelSize, c.Stride, c.PadLeft, c.Dilation),
            Pool1DOp p => OneD(i, o, p.PoolSize, p.Stride, p.PadLeft, 1),
            Conv2DOp c => TwoD(i, o, (c.KernelH, c.KernelW), c.Stride, c.Padding, c.Dilation),
            DepthwiseConv2DOp c => TwoD(i, o, (c.KernelH, c.KernelW), c.Stride, c.Padding, c.Dilation),
            Pool2DOp p => TwoD(i, o, p.PoolSize, p.Stride, p.Padding, (1, 1)),
            _ => throw new GraphException($"node '{node.Name}': {node.Op.Kind} has no sliding window"),
        };
    }

    private static FloatWindow OneD(Shape i, Shape o, int k, int stride, int padLeft, int dilation) =>
        new(1, i[0], i[1], 1, o[0], o[1], 1, k, 1, stride, 0, padLeft, 1, dilation);

    private static FloatWindow TwoD(Shape i, Shape o, (int H, int W) k, (int H, int W) stride, Padding2D pad, (int H, int W) dil) =>
        new(i[0], i[1], i[2], o[0], o[1], o[2], k.H, k.W, stride.H, stride.W, pad.Top, pad.Left, dil.H, dil.W);
}
