using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Tests.Conv;

/// <summary>A plain float forward pass over the IR for one sample, written in the test from the ops' documented semantics.</summary>
internal static class FloatGraph
{
    public static double[] Run(Graph graph, double[] input)
    {
        var values = new Dictionary<Value, double[]> { [graph.Inputs[0]] = input };
        foreach (var n in graph.Nodes) values[n.Output] = Eval(n, n.Inputs.Select(v => values[v]).ToArray());
        return values[graph.Outputs[0]];
    }

    private static double[] Eval(Node n, double[][] x)
    {
        var inShape = n.Inputs[0].Shape;
        var outShape = n.Output.Shape;
        switch (n.Op)
        {
            case FlattenOp or ReshapeOp or IdentityOp:
                return x[0];
            case ActivationOp { Function: ActivationKind.Relu }:
                return x[0].Select(v => Math.Max(v, 0)).ToArray();
            case SoftmaxOp:
                var e = x[0].Select(v => Math.Exp(v - x[0].Max())).ToArray();
                return e.Select(v => v / e.Sum()).ToArray();
            case DenseOp d:
                return Enumerable.Range(0, d.OutputSize).Select(j => d.Bias.Data[j] + Enumerable.Range(0, d.InputSize).Sum(i => x[0][i] * d.Weights.Data[i * d.OutputSize + j])).ToArray();
            case TransposeOp t:
                var r = new double[x[0].Length];
                var inStr = Strides(inShape);
                for (var o = 0; o < r.Length; o++)
                {
                    var c = Coords(o, outShape);
                    var j = 0;
                    for (var i = 0; i < c.Length; i++) j += c[i] * inStr[t.Perm[i]];
                    r[o] = x[0][j];
                }
                return r;
            case ElementwiseOp m:
                return Enumerable.Range(0, x[0].Length).Select(i => m.Operation switch
                {
                    ElementwiseKind.Add => x.Sum(a => a[i]),
                    ElementwiseKind.Sub => x[0][i] - x[1][i],
                    ElementwiseKind.Mul => x.Aggregate(1.0, (p, a) => p * a[i]),
                    ElementwiseKind.Average => x.Average(a => a[i]),
                    ElementwiseKind.Max => x.Max(a => a[i]),
                    _ => x.Min(a => a[i]),
                }).ToArray();
            case Conv1DOp c1:
                return Conv(x[0], 1, inShape[0], inShape[1], outShape[0], c1.OutChannels, 1, c1.KernelSize, 1, c1.Stride, 0, c1.PadLeft, 1, c1.Dilation, c1.Weights.Data, c1.Bias.Data, false);
            case Conv2DOp c2:
                return Conv(x[0], inShape[0], inShape[1], inShape[2], outShape[0] * outShape[1], c2.OutChannels, c2.KernelH, c2.KernelW, c2.Stride.H, c2.Stride.W, c2.Padding.Top, c2.Padding.Left, c2.Dilation.H, c2.Dilation.W, c2.Weights.Data, c2.Bias.Data, false, outShape[1]);
            case DepthwiseConv1DOp d1:
                return Conv(x[0], 1, inShape[0], inShape[1], outShape[0], outShape[1], 1, d1.KernelSize, 1, d1.Stride, 0, d1.PadLeft, 1, d1.Dilation, d1.Weights.Data, d1.Bias.Data, true);
            case DepthwiseConv2DOp dw:
                return Conv(x[0], inShape[0], inShape[1], inShape[2], outShape[0] * outShape[1], outShape[2], dw.KernelH, dw.KernelW, dw.Stride.H, dw.Stride.W, dw.Padding.Top, dw.Padding.Left, dw.Dilation.H, dw.Dilation.W, dw.Weights.Data, dw.Bias.Data, true, outShape[1]);
            case ZeroPadOp zp:
                var pr = new double[outShape.Size];
                var ist = Strides(inShape);
                for (var o = 0; o < pr.Length; o++)
                {
                    var c = Coords(o, outShape);
                    var inside = true;
                    for (var a = 0; a < zp.Before.Length; a++)
                    {
                        c[a] -= zp.Before[a];
                        inside &= c[a] >= 0 && c[a] < inShape[a];
                    }
                    if (inside) pr[o] = x[0][c.Select((v, a) => v * ist[a]).Sum()];
                }
                return pr;
            case Pool2DOp { Pool: PoolKind.Max } p:
                var mr = new double[outShape.Size];
                for (var oh = 0; oh < outShape[0]; oh++)
                    for (var ow = 0; ow < outShape[1]; ow++)
                        for (var ch = 0; ch < outShape[2]; ch++)
                        {
                            var m = double.NegativeInfinity;
                            for (var kh = 0; kh < p.PoolSize.H; kh++)
                                for (var kw = 0; kw < p.PoolSize.W; kw++)
                                {
                                    int ih = oh * p.Stride.H - p.Padding.Top + kh, iw = ow * p.Stride.W - p.Padding.Left + kw;
                                    if (ih >= 0 && ih < inShape[0] && iw >= 0 && iw < inShape[1]) m = Math.Max(m, x[0][(ih * inShape[1] + iw) * inShape[2] + ch]);
                                }
                            mr[(oh * outShape[1] + ow) * outShape[2] + ch] = m;
                        }
                return mr;
            default:
                throw new NotSupportedException($"test float pass: {n.Op.Describe()}");
        }
    }

    private static double[] Conv(double[] x, int inH, int inW, int inC, int outPositions, int outC, int kh, int kw, int sh, int sw, int pt, int pl, int dh, int dw,
        float[] w, float[] b, bool depthwise, int outW = 0)
    {
        if (outW == 0) outW = outPositions;
        var r = new double[outPositions * outC];
        var mult = depthwise ? outC / inC : 1;
        for (var p = 0; p < outPositions; p++)
        {
            int oh = p / outW, ow = p % outW;
            for (var co = 0; co < outC; co++)
            {
                double acc = b[co];
                for (var i = 0; i < kh; i++)
                    for (var j = 0; j < kw; j++)
                    {
                        int ih = oh * sh - pt + i * dh, iw = ow * sw - pl + j * dw;
                        if (ih < 0 || ih >= inH || iw < 0 || iw >= inW) continue;
                        if (depthwise) acc += x[(ih * inW + iw) * inC + co / mult] * w[((i * kw + j) * inC + co / mult) * mult + co % mult];
                        else for (var ci = 0; ci < inC; ci++) acc += x[(ih * inW + iw) * inC + ci] * w[((i * kw + j) * inC + ci) * outC + co];
                    }
                r[p * outC + co] = acc;
            }
        }
        return r;
    }

    private static int[] Strides(Shape s)
    {
        var st = new int[s.Rank];
        var acc = 1;
        for (var a = s.Rank - 1; a >= 0; a--)
        {
            st[a] = acc;
            acc *= s[a];
        }
        return st;
    }

    private static int[] Coords(int index, Shape s)
    {
        var c = new int[s.Rank];
        for (var a = s.Rank - 1; a >= 0; a--)
        {
            c[a] = index % s[a];
            index /= s[a];
        }
        return c;
    }
}
