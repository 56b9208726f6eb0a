using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Folds a BatchNormalization that directly follows a Conv (the Conv's ONNX output read by nothing else) into the
/// convolution: W'[..., co] = W[..., co]·scale[co], b'[co] = b[co]·scale[co] + shift[co]. In the IR weight layouts
/// ([k..., cin, cout] and depthwise [k..., c, mult]) the output channel of flat weight index i is i mod cout.
/// </summary>
internal static class ConvBatchNormFusion
{
    /// <summary>True when the batch norm <paramref name="norm"/> of <paramref name="node"/> was fused into the convolution producing <paramref name="x"/>.</summary>
    public static bool TryFuse(OnnxNode node, OnnxImportContext context, Value x, BatchNormOp norm)
    {
        if (!context.IsReadOnlyOnce(node.InputName(0)!)) return false;
        if (x.Producer is not { Op: TransposeOp } back || back.Inputs[0].Producer is not { } conv) return false;
        if (context.Graph.Consumers(conv.Output).Count() != 1 || context.Graph.Consumers(x).Any()) return false;
        Op? fused = conv.Op switch
        {
            Conv1DOp c => new Conv1DOp(Weights(c.Weights, norm), Bias(c.Bias, norm), c.Stride, c.PadLeft, c.PadRight, c.Dilation),
            DepthwiseConv1DOp c => new DepthwiseConv1DOp(Weights(c.Weights, norm), Bias(c.Bias, norm), c.Stride, c.PadLeft, c.PadRight, c.Dilation),
            Conv2DOp c => new Conv2DOp(Weights(c.Weights, norm), Bias(c.Bias, norm), c.Stride, c.Padding, c.Dilation),
            DepthwiseConv2DOp c => new DepthwiseConv2DOp(Weights(c.Weights, norm), Bias(c.Bias, norm), c.Stride, c.Padding, c.Dilation),
            _ => null,
        };
        if (fused is null || norm.Scale.Size != conv.Output.Shape.Dims[^1]) return false;
        conv.Op = fused;
        context.SetValue(node.OutputName, x);
        return true;
    }

    private static ConstTensor Weights(ConstTensor w, BatchNormOp norm)
    {
        var n = norm.Scale.Size;
        var data = new float[w.Size];
        for (var i = 0; i < data.Length; i++) data[i] = (float)((double)w.Data[i] * norm.Scale.Data[i % n]);
        return new ConstTensor(w.Shape, data);
    }

    private static ConstTensor Bias(ConstTensor b, BatchNormOp norm)
    {
        var data = new float[b.Size];
        for (var i = 0; i < data.Length; i++) data[i] = (float)((double)b.Data[i] * norm.Scale.Data[i] + norm.Shift.Data[i]);
        return new ConstTensor(b.Shape, data);
    }
}
