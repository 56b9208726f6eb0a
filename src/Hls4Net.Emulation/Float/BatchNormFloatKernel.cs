using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float BatchNorm: x·scale[c] + shift[c] (see <see cref="FloatOps.BatchNorm"/>).</summary>
public sealed class BatchNormFloatKernel : FloatKernel<BatchNormOp>
{
    public override double[] Run(Node node, BatchNormOp op, IReadOnlyList<double[]> inputs, int batch) =>
        FloatOps.BatchNorm(op, inputs[0]);
}
