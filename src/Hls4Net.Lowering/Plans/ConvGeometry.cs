using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// Sliding-window geometry shared by convolutions and pooling, with 1-D windows seen as 2-D ones of height 1.
/// Input [InH, InW, InC] and output [OutH, OutW, OutC], channels last. Input row of tap r for output row o is
/// o*StrideH - PadTop + r*DilationH (columns likewise); rows/columns outside the input are padding.
/// The C++ config structs (nnet_conv2d.h, nnet_pooling.h) carry exactly these fields.
/// </summary>
public sealed record ConvGeometry(
    int InH, int InW, int InC, int OutH, int OutW, int OutC,
    int KernelH, int KernelW, int StrideH, int StrideW, int PadTop, int PadLeft, int DilationH, int DilationW)
{
    /// <summary>Depth multiplier of a depthwise convolution (OutC / InC); 1 otherwise.</summary>
    public int DepthMultiplier => OutC / InC;

    /// <summary>Spatial indices (ih*InW+iw) of the real (non-padding) taps of the window of output (oh, ow), in kh, kw order.</summary>
    public void Taps(int oh, int ow, List<int> taps)
    {
        taps.Clear();
        for (var kh = 0; kh < KernelH; kh++)
        {
            var ih = oh * StrideH - PadTop + kh * DilationH;
            if (ih < 0 || ih >= InH) continue;
            for (var kw = 0; kw < KernelW; kw++)
            {
                var iw = ow * StrideW - PadLeft + kw * DilationW;
                if (iw >= 0 && iw < InW) taps.Add(ih * InW + iw);
            }
        }
    }

    /// <summary>The geometry of a node whose op is one of the convolution or pooling ops.</summary>
    public static ConvGeometry Of(Node node)
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
            GlobalPoolOp => i.Rank == 2
                ? new ConvGeometry(1, i[0], i[1], 1, 1, i[1], 1, i[0], 1, 1, 0, 0, 1, 1)
                : new ConvGeometry(i[0], i[1], i[2], 1, 1, i[2], i[0], i[1], 1, 1, 0, 0, 1, 1),
            _ => throw new GraphException($"node '{node.Name}': {node.Op.Kind} is not a sliding-window op"),
        };
    }

    private static ConvGeometry OneD(Shape i, Shape o, int k, int stride, int padLeft, int dilation) =>
        new(1, i[0], i[1], 1, o[0], o[1], 1, k, 1, stride, 0, padLeft, 1, dilation);

    private static ConvGeometry TwoD(Shape i, Shape o, (int H, int W) k, (int H, int W) stride, Padding2D pad, (int H, int W) dil) =>
        new(i[0], i[1], i[2], o[0], o[1], o[2], k.H, k.W, stride.H, stride.W, pad.Top, pad.Left, dil.H, dil.W);
}
