using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float BatchNorm: x·scale[c] + shift[c] (see <see cref="FloatOps.BatchNorm"/>).</summary>
public sealed class BatchNormFloatKernel : IFloatKernel
{
    public Type OpType => typeof(BatchNormOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch) =>
        FloatOps.BatchNorm((BatchNormOp)node.Op, inputs[0]);
}
