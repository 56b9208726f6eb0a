using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float layer normalization over the last axis: (x - mean)/sqrt(var + eps)·gamma + beta, the biased variance.</summary>
public sealed class LayerNormFloatKernel : FloatKernel<LayerNormOp>
{
    public override double[] Run(Node node, LayerNormOp op, IReadOnlyList<double[]> inputs, int batch)
    {
        var x = inputs[0];
        var n = op.Gamma.Size;
        var y = new double[x.Length];
        for (var start = 0; start < x.Length; start += n)
        {
            double mean = 0, var = 0;
            for (var i = 0; i < n; i++) mean += x[start + i];
            mean /= n;
            for (var i = 0; i < n; i++) var += (x[start + i] - mean) * (x[start + i] - mean);
            var inv = 1 / Math.Sqrt(var / n + op.Epsilon);
            for (var i = 0; i < n; i++) y[start + i] = (x[start + i] - mean) * inv * op.Gamma.Data[i] + op.Beta.Data[i];
        }
        return y;
    }
}
