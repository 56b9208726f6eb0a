using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Float element-wise merge of equally shaped inputs: sum, first minus second, product, exact mean (sum / count),
/// max or min.
/// </summary>
public sealed class ElementwiseFloatKernel : FloatKernel<ElementwiseOp>
{
    public override double[] Run(Node node, ElementwiseOp op, IReadOnlyList<double[]> inputs, int batch)
    {
        var kind = op.Operation;
        var y = (double[])inputs[0].Clone();
        for (var k = 1; k < inputs.Count; k++)
        {
            var x = inputs[k];
            for (var i = 0; i < y.Length; i++)
            {
                y[i] = kind switch
                {
                    ElementwiseKind.Add or ElementwiseKind.Average => y[i] + x[i],
                    ElementwiseKind.Sub => y[i] - x[i],
                    ElementwiseKind.Mul => y[i] * x[i],
                    ElementwiseKind.Max => Math.Max(y[i], x[i]),
                    ElementwiseKind.Min => Math.Min(y[i], x[i]),
                    _ => throw new GraphException($"node '{node.Name}': element-wise {kind} has no float reference"),
                };
            }
        }
        if (kind == ElementwiseKind.Average)
        {
            for (var i = 0; i < y.Length; i++) y[i] /= inputs.Count;
        }
        return y;
    }
}
