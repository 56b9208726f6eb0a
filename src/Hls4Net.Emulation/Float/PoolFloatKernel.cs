using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Float Pool1D/Pool2D (one instance per op type), per channel over the real (non-padding) taps of each window:
/// Max takes the largest; Average divides their sum by their count, or by the full window when count_include_pad.
/// </summary>
public sealed class PoolFloatKernel : IFloatKernel
{
    /// <summary>A kernel for <paramref name="opType"/>: <see cref="Pool1DOp"/> or <see cref="Pool2DOp"/>.</summary>
    public PoolFloatKernel(Type opType)
    {
        if (opType != typeof(Pool1DOp) && opType != typeof(Pool2DOp)) throw new ArgumentException($"PoolFloatKernel does not evaluate {opType.Name}");
        OpType = opType;
    }

    public Type OpType { get; }

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch)
    {
        var (pool, includePad) = node.Op switch
        {
            Pool1DOp p => (p.Pool, p.CountIncludePad),
            Pool2DOp p => (p.Pool, p.CountIncludePad),
            _ => throw new GraphException($"node '{node.Name}': PoolFloatKernel cannot evaluate {node.Op.Kind}"),
        };
        var g = FloatWindow.Of(node);
        int inSize = node.Inputs[0].Shape.Size, outSize = node.Output.Shape.Size;
        var y = new double[batch * outSize];
        var taps = new List<int>(g.KernelH * g.KernelW);
        for (var s = 0; s < batch; s++)
        {
            var x = inputs[0].AsSpan(s * inSize, inSize);
            for (var oh = 0; oh < g.OutH; oh++)
            {
                for (var ow = 0; ow < g.OutW; ow++)
                {
                    taps.Clear();
                    for (var kh = 0; kh < g.KernelH; kh++)
                    {
                        for (var kw = 0; kw < g.KernelW; kw++)
                        {
                            int ih = g.Row(oh, kh), iw = g.Column(ow, kw);
                            if (ih >= 0 && iw >= 0) taps.Add((ih * g.InW + iw) * g.InC);
                        }
                    }
                    var n = includePad ? g.KernelH * g.KernelW : taps.Count;
                    for (var c = 0; c < g.OutC; c++)
                    {
                        double r;
                        if (pool == PoolKind.Max)
                        {
                            r = double.NegativeInfinity;
                            foreach (var t in taps) r = Math.Max(r, x[t + c]);
                        }
                        else
                        {
                            r = 0;
                            foreach (var t in taps) r += x[t + c];
                            r /= n;
                        }
                        y[s * outSize + (oh * g.OutW + ow) * g.OutC + c] = r;
                    }
                }
            }
        }
        return y;
    }
}
