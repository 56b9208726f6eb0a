using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float PReLU with slopes broadcast over the last axis (see <see cref="FloatOps.PRelu"/>).</summary>
public sealed class PReluFloatKernel : FloatKernel<PReluOp>
{
    public override double[] Run(Node node, PReluOp op, IReadOnlyList<double[]> inputs, int batch) =>
        FloatOps.PRelu(op, inputs[0], node.Inputs[0].Shape.Size);
}
