using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float softmax over the last axis, or hls4ml's argmax one-hot for an argmax softmax (see <see cref="FloatOps.Softmax"/>, <see cref="FloatOps.OneHotArgmax"/>).</summary>
public sealed class SoftmaxFloatKernel : FloatKernel<SoftmaxOp>
{
    public override double[] Run(Node node, SoftmaxOp op, IReadOnlyList<double[]> inputs, int batch) =>
        op.Argmax
            ? FloatOps.OneHotArgmax(inputs[0], node.Output.Shape.Dims[^1])
            : FloatOps.Softmax(inputs[0], node.Output.Shape.Dims[^1], op.ZeroMasked);
}
