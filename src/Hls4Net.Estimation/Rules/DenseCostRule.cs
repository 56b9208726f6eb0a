using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// Dense: n_in·n_out products per row. Latency strategy: weights are constants (0 and ±2^k free); our template
/// ignores the reuse factor there (hls4ml's shares by it). Resource: ⌈n_in·n_out/RF⌉ multipliers, weights in memory;
/// a pruned Resource layer stored compressed (<see cref="DenseCompression"/>, the same decision as the emitter's):
/// ⌈nonzeros/RF⌉ multipliers, each nonzero weight stored with its two indexes.
/// Rows: the whole tensor is unrolled in io_parallel; io_stream runs one row per pass.
/// </summary>
public sealed class DenseCostRule : CostRule<DenseOp>
{
    public override LayerEstimate Estimate(Node node, DenseOp op, EstimationContext context)
    {
        var shape = Shape(node, op.Weights, op.OutputSize, op.InputSize, context);
        if (node.Hardware.Strategy == Strategy.Resource && node.Precision.Weight is not null
            && DenseCompression.Pays(node.Hardware.Strategy, op.InputSize, op.OutputSize, NonZeros(node), node.Hardware.ReuseFactor))
        {
            shape = shape with { CompressedIndexBits = DenseCompression.IndexBits(op.InputSize, op.OutputSize) };
        }
        return MacArrayModel.Estimate(node.Name, op.Kind, shape, context);
    }

    /// <summary>The nonzero weights as the emitter stores them (the layer's quantized codes); 0 (not compressed) when the types are too wide for a plan, as in the emitter.</summary>
    private static long NonZeros(Node node)
    {
        if (node.Precision.Weight is not { FitsInt64: true } || node.Precision.Bias is not { FitsInt64: true } || node.Precision.Accum is null) return 0;
        var plan = DensePlan.Create(node);
        return plan.WeightCount - plan.ZeroWeights;
    }

    /// <summary>The MAC shape of a Dense-like node (also used by <see cref="MatMulCostRule"/>).</summary>
    internal static MacShape Shape(Node node, ConstTensor weights, int nOut, int nIn, EstimationContext context)
    {
        var resource = node.Hardware.Strategy == Strategy.Resource;
        var rows = Math.Max(1, node.Inputs[0].Shape.Size / Math.Max(1, nIn));
        var census = WeightCensus.Count(weights.Data, node.Precision.Weight, context.Constants.NarrowWeightMaxBits);
        var sharesInLatency = context.Flavor == TemplateFlavor.Hls4ml;
        return new MacShape(census, nOut, nIn,
            Replicas: context.IsStream ? 1 : rows,
            Iterations: context.IsStream ? rows : 1,
            SharesByReuse: resource || sharesInLatency,
            ReuseFactor: node.Hardware.ReuseFactor,
            WeightsInMemory: resource,
            NodeFacts.InputType(node), node.Precision.Weight, node.Precision.Accum ?? node.Output.Type, $"Dense {nIn}→{nOut}");
    }
}
