using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>DepthwiseConv1D: one output pixel is channels × depth multiplier sums over the kernel taps of one channel (see <see cref="ConvolutionShape"/>).</summary>
public sealed class DepthwiseConv1DCostRule : CostRule<DepthwiseConv1DOp>
{
    public override LayerEstimate Estimate(Node node, DepthwiseConv1DOp op, EstimationContext context) =>
        MacArrayModel.Estimate(node.Name, op.Kind, ConvolutionShape.Create(node, op.Weights, op.Channels * (long)op.DepthMultiplier, op.KernelSize, context, op.Describe()), context);
}
