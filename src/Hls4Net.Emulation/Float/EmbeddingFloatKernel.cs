using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float embedding: row floor(index) of the table per input value; an index outside the table reads row 0.</summary>
public sealed class EmbeddingFloatKernel : FloatKernel<EmbeddingOp>
{
    public override double[] Run(Node node, EmbeddingOp op, IReadOnlyList<double[]> inputs, int batch)
    {
        var x = inputs[0];
        int dim = op.Dim;
        var y = new double[x.Length * dim];
        for (var i = 0; i < x.Length; i++)
        {
            var f = Math.Floor(x[i]);
            var row = f >= 0 && f < op.Vocabulary ? (int)f : 0;
            for (var j = 0; j < dim; j++) y[i * dim + j] = op.Table.Data[row * dim + j];
        }
        return y;
    }
}
