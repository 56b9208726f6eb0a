using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>Conv1D: one output pixel is n_filt sums over the kernel taps × input channels (see <see cref="ConvolutionShape"/>).</summary>
public sealed class Conv1DCostRule : CostRule<Conv1DOp>
{
    public override LayerEstimate Estimate(Node node, Conv1DOp op, EstimationContext context) =>
        MacArrayModel.Estimate(node.Name, op.Kind, ConvolutionShape.Create(node, op.Weights, op.OutChannels, op.KernelSize * (long)op.InChannels, context, op.Describe()), context);
}
