using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>DepthwiseConv2D: one output pixel is channels × depth multiplier sums over the kernel taps of one channel (see <see cref="ConvolutionShape"/>).</summary>
public sealed class DepthwiseConv2DCostRule : CostRule<DepthwiseConv2DOp>
{
    public override LayerEstimate Estimate(Node node, DepthwiseConv2DOp op, EstimationContext context) =>
        MacArrayModel.Estimate(node.Name, op.Kind, ConvolutionShape.Create(node, op.Weights, op.Channels * (long)op.DepthMultiplier, op.KernelH * (long)op.KernelW, context, op.Describe()), context);
}
