using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Estimation.Rules;

/// <summary>Facts about a node that several rules read: types, sizes and io_stream packing (one element per row of the last axis).</summary>
internal static class NodeFacts
{
    public static FixedType? InputType(Node node, int index = 0) => node.Inputs.Count > index ? node.Inputs[index].Type : null;

    public static int Bits(FixedType? type) => type?.Width ?? 16;

    /// <summary>Values per io_stream element of <paramref name="shape"/>: the last axis.</summary>
    public static long PackSize(Shape shape) => shape.Rank == 0 ? 1 : Math.Max(1, shape[shape.Rank - 1]);

    /// <summary>io_stream elements per sample.</summary>
    public static long Elements(Shape shape) => Math.Max(1, shape.Size / PackSize(shape));

    /// <summary>Values computed side by side: the whole tensor in io_parallel, one element in io_stream.</summary>
    public static long ParallelValues(Shape shape, EstimationContext context) => context.IsStream ? PackSize(shape) : shape.Size;

    /// <summary>Sequential steps: 1 in io_parallel, the element count in io_stream.</summary>
    public static long Steps(Shape shape, EstimationContext context) => context.IsStream ? Elements(shape) : 1;

    /// <summary>A simple element-wise layer: its logic, registered once per stage, over the parallel values; io_stream adds FIFO read/write cycles.</summary>
    public static LayerEstimate Elementwise(Node node, EstimationContext context, ResourceCost logic, long depth, CostReasons reasons)
    {
        var steps = Steps(node.Output.Shape, context);
        var overhead = context.IsStream ? context.Constants.StreamOverheadCycles : 0;
        var latency = depth + overhead + steps - 1;
        var iiText = steps > 1 ? $"{steps} stream elements, one per cycle" : "fully pipelined";
        var latText = $"{reasons.Latency}" + (overhead > 0 ? $" + {overhead} stream read/write" : "") + (steps > 1 ? $" + {steps - 1} further elements" : "") + $" = {latency}";
        return new LayerEstimate(node.Name, node.Op.Kind, logic, latency, steps, reasons with { Latency = latText, Ii = iiText });
    }
}
