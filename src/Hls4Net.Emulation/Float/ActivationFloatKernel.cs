using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float activations, every function, element by element (see <see cref="FloatOps.Activation"/>).</summary>
public sealed class ActivationFloatKernel : IFloatKernel
{
    public Type OpType => typeof(ActivationOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch) =>
        Array.ConvertAll(inputs[0], v => FloatOps.Activation((ActivationOp)node.Op, v));
}
