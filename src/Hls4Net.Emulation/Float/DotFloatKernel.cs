using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Float;

/// <summary>Float product of two activations per sample (see <see cref="DotOp"/>), summed in order of the inner axis.</summary>
public sealed class DotFloatKernel : FloatKernel<DotOp>
{
    public override double[] Run(Node node, DotOp op, IReadOnlyList<double[]> inputs, int batch)
    {
        var (a, b) = (node.Inputs[0].Shape, node.Inputs[1].Shape);
        var (batches, m, k, n) = op.Dimensions(a, b);
        var layout = DotLayout.For(op, a, b);
        var y = new double[batch * batches * m * n];
        for (var s = 0; s < batch; s++)
        {
            for (var g = 0; g < batches; g++)
            {
                var baseA = s * a.Size + g * m * k;
                var baseB = s * b.Size + g * k * n;
                var baseY = (s * batches + g) * m * n;
                for (var i = 0; i < m; i++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        double acc = 0;
                        for (var t = 0; t < k; t++) acc += inputs[0][baseA + layout.A(i, t)] * inputs[1][baseB + layout.B(t, j)];
                        y[baseY + i * n + j] = acc;
                    }
                }
            }
        }
        return y;
    }
}
