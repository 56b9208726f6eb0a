using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float activations, every function, element by element (see <see cref="FloatOps.Activation"/>).</summary>
public sealed class ActivationFloatKernel : FloatKernel<ActivationOp>
{
    public override double[] Run(Node node, ActivationOp op, IReadOnlyList<double[]> inputs, int batch) =>
        Array.ConvertAll(inputs[0], v => FloatOps.Activation(op, v));
}
