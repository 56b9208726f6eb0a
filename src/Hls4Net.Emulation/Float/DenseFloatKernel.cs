using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float Dense: y = x·W + b on the last axis (see <see cref="FloatOps.Dense"/>).</summary>
public sealed class DenseFloatKernel : FloatKernel<DenseOp>
{
    public override double[] Run(Node node, DenseOp op, IReadOnlyList<double[]> inputs, int batch) =>
        FloatOps.Dense(op.Weights, op.Bias, inputs[0]);
}
