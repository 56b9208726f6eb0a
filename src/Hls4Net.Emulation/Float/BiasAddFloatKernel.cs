using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float bias addition on the last axis (see <see cref="FloatOps.BiasAdd"/>).</summary>
public sealed class BiasAddFloatKernel : FloatKernel<BiasAddOp>
{
    public override double[] Run(Node node, BiasAddOp op, IReadOnlyList<double[]> inputs, int batch) =>
        FloatOps.BiasAdd(op.Bias, inputs[0]);
}
