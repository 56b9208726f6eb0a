using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float bias addition on the last axis (see <see cref="FloatOps.BiasAdd"/>).</summary>
public sealed class BiasAddFloatKernel : IFloatKernel
{
    public Type OpType => typeof(BiasAddOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch) =>
        FloatOps.BiasAdd(((BiasAddOp)node.Op).Bias, inputs[0]);
}
