using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// SimpleRNN, LSTM and GRU (nnet_recurrent.h, static: one step instance reused by every step): per step, the
/// (nIn + u)·G·u products of the input and state kernels, one MAC array shared by the reuse factor, run once per
/// step: <c>Iterations</c> = the sequence length (each step needs the previous state, so steps never overlap).
/// The gate products and the activation tables are not counted (a few multipliers next to the kernels).
/// </summary>
public sealed class RecurrentCostRule<TOp> : CostRule<TOp>
    where TOp : RecurrentOp
{
    public override LayerEstimate Estimate(Node node, TOp op, EstimationContext context)
    {
        var steps = node.Inputs[0].Shape.Rank == 2 ? node.Inputs[0].Shape[0] : 1;
        var weights = new float[op.Kernel.Size + op.RecurrentKernel.Size];
        op.Kernel.Data.CopyTo(weights, 0);
        op.RecurrentKernel.Data.CopyTo(weights, op.Kernel.Size);
        var census = WeightCensus.Count(weights, node.Precision.Weight, context.Constants.NarrowWeightMaxBits);
        var fanIn = op.InputSize + op.Units;
        var outputs = op.Gates * op.Units;
        var shape = new MacShape(census, outputs, fanIn,
            Replicas: 1,
            Iterations: steps,
            SharesByReuse: true,
            ReuseFactor: node.Hardware.ReuseFactor,
            WeightsInMemory: false,
            NodeFacts.InputType(node), node.Precision.Weight, node.Precision.Accum ?? node.Output.Type,
            $"{op.Kind} {fanIn}→{outputs} × {steps} steps");
        return MacArrayModel.Estimate(node.Name, op.Kind, shape, context);
    }
}
