using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float MatMul by a constant: y = x·W on the last axis, without bias (see <see cref="FloatOps.Dense"/>).</summary>
public sealed class MatMulFloatKernel : FloatKernel<MatMulOp>
{
    public override double[] Run(Node node, MatMulOp op, IReadOnlyList<double[]> inputs, int batch) =>
        FloatOps.Dense(op.Weights, null, inputs[0]);
}
