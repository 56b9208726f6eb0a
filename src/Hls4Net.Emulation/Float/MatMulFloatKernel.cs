using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float MatMul by a constant: y = x·W on the last axis, without bias (see <see cref="FloatOps.Dense"/>).</summary>
public sealed class MatMulFloatKernel : IFloatKernel
{
    public Type OpType => typeof(MatMulOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch) =>
        FloatOps.Dense(((MatMulOp)node.Op).Weights, null, inputs[0]);
}
