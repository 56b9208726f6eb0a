using Hls4Net.Core.Ir;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// The MAC shape of a convolution (1-D, 2-D, depthwise). A pass computes one output pixel: <c>outputs</c> channels of
/// <c>fanIn</c> taps. io_parallel, Hls4Net: every output pixel unrolled (PIPELINE II=RF with a multiplier limit of
/// ⌈products/RF⌉), so products are shared by RF. io_parallel, hls4ml (ParallelizationFactor 1): one output pixel
/// per pass, pixels in sequence. io_stream (both): one input pixel per pass at II = RF.
/// </summary>
internal static class ConvolutionShape
{
    public static MacShape Create(Node node, ConstTensor weights, long outputs, long fanIn, EstimationContext context, string label)
    {
        var output = node.Output.Shape;
        var input = node.Inputs[0].Shape;
        var outPixels = Math.Max(1, output.Size / Math.Max(1, outputs));
        var inPixels = Math.Max(1, input.Size / Math.Max(1, input[input.Rank - 1]));
        var census = WeightCensus.Count(weights.Data, node.Precision.Weight, context.Constants.NarrowWeightMaxBits);
        var resource = node.Hardware.Strategy == Strategy.Resource;
        long replicas = 1, iterations = 1;
        if (context.IsStream) iterations = inPixels;
        else if (context.Flavor == TemplateFlavor.Hls4ml) iterations = outPixels;
        else replicas = outPixels;
        return new MacShape(census, outputs, fanIn, replicas, iterations, SharesByReuse: true, node.Hardware.ReuseFactor, resource,
            NodeFacts.InputType(node), node.Precision.Weight, node.Precision.Accum ?? node.Output.Type, label);
    }
}
