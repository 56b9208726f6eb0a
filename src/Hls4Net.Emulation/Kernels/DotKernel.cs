using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Product of two activations, matching nnet::dot in nnet_dot.h: per output (i, j) of each group,
/// <c>accum_t acc = 0;</c> then for t in order <c>acc += a(i,t) * b(t,j);</c> (exact product, one store into accum_t
/// per addition), then <c>res = acc;</c> (stored into the result type).
/// </summary>
public sealed class DotKernel : Kernel<DotOp>
{
    public override FixedTensor Run(Node node, DotOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var ta = LayerTypes.Fast(node, inputs[0].Type, "input 0");
        var tb = LayerTypes.Fast(node, inputs[1].Type, "input 1");
        var tacc = LayerTypes.Required(node, node.Precision.Accum, "accum");
        var tr = LayerTypes.Result(node);
        var product = FixedType.MulResult(ta, tb);
        LayerTypes.RequireExact(node, FixedType.AddResult(product, tacc), "product sum");
        var layout = DotLayout.For(op, node.Inputs[0].Shape, node.Inputs[1].Shape);
        int f = Math.Max(tacc.FracBits, product.FracBits), sAcc = f - tacc.FracBits, sProd = f - product.FracBits;
        int sizeA = node.Inputs[0].Shape.Size, sizeB = node.Inputs[1].Shape.Size, sizeY = node.Output.Shape.Size;
        int m = layout.M, k = layout.K, n = layout.N;
        var batch = inputs[0].Batch;
        var raw = new long[batch * sizeY];
        for (var s = 0; s < batch; s++)
        {
            var xa = inputs[0].Sample(s);
            var xb = inputs[1].Sample(s);
            for (var g = 0; g < layout.Batches; g++)
            {
                for (var i = 0; i < m; i++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        long acc = 0;
                        for (var t = 0; t < k; t++)
                        {
                            var exact = ((Int128)acc << sAcc) + (((Int128)xa[g * m * k + layout.A(i, t)] * xb[g * k * n + layout.B(t, j)]) << sProd);
                            acc = FixedMath.Convert(exact, f, tacc, out var o);
                            overflow.Record(o);
                        }
                        raw[s * sizeY + (g * m + i) * n + j] = FixedMath.Convert(acc, tacc, tr, out var ro);
                        overflow.Record(ro);
                    }
                }
            }
        }
        _ = sizeA + sizeB;
        return new FixedTensor(tr, node.Output.Shape, batch, raw);
    }
}
