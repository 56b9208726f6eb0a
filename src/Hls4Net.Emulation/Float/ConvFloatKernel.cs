using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Loops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Float Conv1D/Conv2D/DepthwiseConv1D/DepthwiseConv2D (one instance per op type): the loop order of the fixed-point
/// kernels (<see cref="ConvLoop"/>, on the node's cached <see cref="ConvGeometry"/>) in double arithmetic: per output,
/// the bias plus the products of the real (non-padding) taps in kh, kw, ci order.
/// </summary>
public sealed class ConvFloatKernel : IFloatKernel
{
    private readonly PlanCache _plans = new();

    /// <summary>A kernel for <paramref name="opType"/>: one of the four convolution op types.</summary>
    public ConvFloatKernel(Type opType)
    {
        if (opType != typeof(Conv1DOp) && opType != typeof(Conv2DOp) && opType != typeof(DepthwiseConv1DOp) && opType != typeof(DepthwiseConv2DOp))
        {
            throw new ArgumentException($"ConvFloatKernel does not evaluate {opType.Name}");
        }
        OpType = opType;
    }

    public Type OpType { get; }

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch)
    {
        if (node.Op is not (Conv1DOp or Conv2DOp or DepthwiseConv1DOp or DepthwiseConv2DOp) || node.Op is not IWeightedOp op)
        {
            throw new GraphException($"node '{node.Name}': ConvFloatKernel cannot evaluate {node.Op.Kind}");
        }
        var g = _plans.Get(node, ConvGeometry.Of);
        int inSize = node.Inputs[0].Shape.Size, outSize = node.Output.Shape.Size;
        var y = new double[batch * outSize];
        var arithmetic = new FloatConvArithmetic(inputs[0], op.Weights.Data, op.Bias.Data, y);
        for (var s = 0; s < batch; s++)
        {
            arithmetic.InputOffset = s * inSize;
            arithmetic.OutputOffset = s * outSize;
            ConvLoop.Run<double, FloatConvArithmetic>(g, ConvPlan.IsDepthwise(node.Op), ref arithmetic);
        }
        return y;
    }
}
