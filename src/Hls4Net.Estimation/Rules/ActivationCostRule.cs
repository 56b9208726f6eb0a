using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// Element-wise activations. Linear (and leaky ReLU with alpha 1, the identity): wiring. ReLU-like (ReLU, leaky, bounded, thresholded, hard sigmoid, binary,
/// ternary): a compare-and-select per value (leaky/hard sigmoid add a constant product in LUTs), 0 cycles.
/// Table functions (sigmoid, tanh, ELU, SELU, softplus, softsign): an index computation (an adder of the input
/// width) and one table read per value (<see cref="TableMemory"/>), <see cref="EstimatorConstants.TableLookupCycles"/> cycles.
/// </summary>
public sealed class ActivationCostRule : CostRule<ActivationOp>
{
    public override LayerEstimate Estimate(Node node, ActivationOp op, EstimationContext context)
    {
        var c = context.Constants;
        var n = NodeFacts.ParallelValues(node.Output.Shape, context);
        var bits = NodeFacts.Bits(NodeFacts.InputType(node));
        var outBits = NodeFacts.Bits(node.Output.Type);
        var what = $"{op.Describe()} on {n} values";
        if (op.Function == ActivationKind.Linear || (op.Function == ActivationKind.LeakyRelu && op.Alpha == 1))
        {
            return NodeFacts.Elementwise(node, context, ResourceCost.Zero, 0, CostReasons.Wiring(what));
        }
        if (!op.UsesTable)
        {
            var perValue = bits * c.LutPerComparatorBit * (op.Function is ActivationKind.LeakyRelu or ActivationKind.HardSigmoid ? 2 : 1);
            var lut = (long)Math.Round(n * perValue);
            var reasons = new CostReasons($"{what}: no multipliers (constant slopes are shifts/adds in LUTs)",
                $"{n} values × {perValue:0.##} LUT (compare-and-select of {bits} bits)", "combinational: no registers",
                "no memory", "no memory", "compare-and-select: 0 cycles", "");
            return NodeFacts.Elementwise(node, context, new ResourceCost(0, lut, 0, 0, 0), 0, reasons);
        }
        var table = node.Precision.Table;
        var entries = node.Precision.TableSize;
        var memory = TableMemory.For(entries, NodeFacts.Bits(table), n, c);
        var indexLut = (long)Math.Round(n * bits * c.LutPerAdderBit);
        var cycles = c.TableLookupCycles;
        var ff = (long)Math.Round(n * outBits * cycles * c.FfPerRegisteredBit);
        var tableReasons = new CostReasons($"{what}: no multipliers (table lookup)",
            $"{n} index adders × {bits} bits = {indexLut}" + (memory.Lut > 0 ? $"; {memory.Text}" : ""),
            $"{n} values × {outBits} bits × {cycles} stages", memory.Text, "no UltraRAM", $"table lookup: {cycles} cycles", "");
        return NodeFacts.Elementwise(node, context, new ResourceCost(0, indexLut + memory.Lut, ff, memory.Bram18K, 0), cycles, tableReasons);
    }
}
