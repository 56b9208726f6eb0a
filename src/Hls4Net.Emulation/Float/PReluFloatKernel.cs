using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float PReLU with slopes broadcast over the last axis (see <see cref="FloatOps.PRelu"/>).</summary>
public sealed class PReluFloatKernel : IFloatKernel
{
    public Type OpType => typeof(PReluOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch) =>
        FloatOps.PRelu((PReluOp)node.Op, inputs[0], node.Inputs[0].Shape.Size);
}
