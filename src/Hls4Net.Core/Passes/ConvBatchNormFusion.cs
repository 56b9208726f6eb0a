using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Folds a batch norm into a Conv1D or Conv2D (weights' last axis is the output channel, as the batch norm's):
/// W'[..., co] = W[..., co]·scale[co], b'[co] = b[co]·scale[co] + shift[co]. Used only under hls4ml semantics with an
/// <c>auto</c> convolution result type (<see cref="FusionRule"/>); under exact semantics a batch norm after a convolution
/// stays a layer of its own, as it always has.
/// </summary>
internal static class ConvBatchNormFusion
{
    /// <summary>True for the convolutions this fusion handles.</summary>
    public static bool Handles(Op op) => op is Conv1DOp or Conv2DOp;

    public static Op Fuse(Op conv, BatchNormOp norm) => conv switch
    {
        Conv1DOp c => new Conv1DOp(Scale(c.Weights, norm), Shift(c.Bias, norm), c.Stride, c.PadLeft, c.PadRight, c.Dilation),
        Conv2DOp c => new Conv2DOp(Scale(c.Weights, norm), Shift(c.Bias, norm), c.Stride, c.Padding, c.Dilation),
        _ => throw new GraphException($"cannot fuse a batch norm into {conv.Kind}"),
    };

    private static ConstTensor Scale(ConstTensor weights, BatchNormOp norm)
    {
        var channels = norm.Scale.Size;
        var w = new float[weights.Size];
        for (var i = 0; i < w.Length; i++) w[i] = (float)(weights.Data[i] * (double)norm.Scale.Data[i % channels]);
        return new ConstTensor(weights.Shape, w);
    }

    private static ConstTensor Shift(ConstTensor bias, BatchNormOp norm)
    {
        var b = new float[bias.Size];
        for (var j = 0; j < b.Length; j++) b[j] = (float)(bias.Data[j] * (double)norm.Scale.Data[j] + norm.Shift.Data[j]);
        return new ConstTensor(bias.Shape, b);
    }
}
