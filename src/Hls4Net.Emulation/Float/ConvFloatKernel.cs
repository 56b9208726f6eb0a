using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Float Conv1D/Conv2D/DepthwiseConv1D/DepthwiseConv2D (one instance per op type): per output, the bias plus the
/// products of the real (non-padding) taps in kh, kw, ci order, in double. Weights use the ops' Keras layouts:
/// standard w[((kh*KW+kw)*InC+ci)*OutC+co]; depthwise (co = c*mult+m) w[((kh*KW+kw)*InC+c)*mult+m].
/// </summary>
public sealed class ConvFloatKernel : IFloatKernel
{
    /// <summary>A kernel for <paramref name="opType"/>: one of the four convolution op types.</summary>
    public ConvFloatKernel(Type opType)
    {
        if (opType != typeof(Conv1DOp) && opType != typeof(Conv2DOp) && opType != typeof(DepthwiseConv1DOp) && opType != typeof(DepthwiseConv2DOp))
        {
            throw new ArgumentException($"ConvFloatKernel does not evaluate {opType.Name}");
        }
        OpType = opType;
    }

    public Type OpType { get; }

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch)
    {
        var (weights, bias, depthwise) = node.Op switch
        {
            Conv1DOp c => (c.Weights, c.Bias, false),
            Conv2DOp c => (c.Weights, c.Bias, false),
            DepthwiseConv1DOp c => (c.Weights, c.Bias, true),
            DepthwiseConv2DOp c => (c.Weights, c.Bias, true),
            _ => throw new GraphException($"node '{node.Name}': ConvFloatKernel cannot evaluate {node.Op.Kind}"),
        };
        var g = FloatWindow.Of(node);
        var w = weights.Data;
        int inSize = node.Inputs[0].Shape.Size, outSize = node.Output.Shape.Size;
        var mult = g.OutC / g.InC;
        var y = new double[batch * outSize];
        for (var s = 0; s < batch; s++)
        {
            var x = inputs[0].AsSpan(s * inSize, inSize);
            for (var oh = 0; oh < g.OutH; oh++)
            {
                for (var ow = 0; ow < g.OutW; ow++)
                {
                    for (var co = 0; co < g.OutC; co++)
                    {
                        double acc = bias.Data[co];
                        for (var kh = 0; kh < g.KernelH; kh++)
                        {
                            var ih = g.Row(oh, kh);
                            if (ih < 0) continue;
                            for (var kw = 0; kw < g.KernelW; kw++)
                            {
                                var iw = g.Column(ow, kw);
                                if (iw < 0) continue;
                                var xBase = (ih * g.InW + iw) * g.InC;
                                var tap = kh * g.KernelW + kw;
                                if (depthwise)
                                {
                                    int c = co / mult, m = co % mult;
                                    acc += x[xBase + c] * w[(tap * g.InC + c) * mult + m];
                                }
                                else
                                {
                                    for (var ci = 0; ci < g.InC; ci++) acc += x[xBase + ci] * w[(tap * g.InC + ci) * g.OutC + co];
                                }
                            }
                        }
                        y[s * outSize + (oh * g.OutW + ow) * g.OutC + co] = acc;
                    }
                }
            }
        }
        return y;
    }
}
