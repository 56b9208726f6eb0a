using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float Dense: y = x·W + b on the last axis (see <see cref="FloatOps.Dense"/>).</summary>
public sealed class DenseFloatKernel : IFloatKernel
{
    public Type OpType => typeof(DenseOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch) =>
        FloatOps.Dense(((DenseOp)node.Op).Weights, ((DenseOp)node.Op).Bias, inputs[0]);
}
