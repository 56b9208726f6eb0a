using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Table-based activations (Sigmoid, Tanh, Elu, Selu, Softplus, Softsign), matching
/// nnet::activation_table in nnet_activation_table.h. Non-table activations are rejected.
/// </summary>
public sealed class TableActivationKernel : IKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(ActivationOp);

    /// <summary>True when this kernel evaluates <paramref name="op"/>.</summary>
    public static bool Supports(Op op) => op is ActivationOp { UsesTable: true };

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var input = inputs[0];
        var result = node.Output.Type ?? throw new GraphException($"node '{node.Name}': result type not assigned");
        var table = _plans.Get(node, input.Type, ActivationTableBuilder.Build);
        if (input.IsWide || !result.FitsInt64 || !table.Indexer.FitsInt128)
        {
            var wide = new System.Numerics.BigInteger[input.Length];
            for (int i = 0; i < wide.Length; i++)
            {
                wide[i] = table.ApplyWide(input.At(i), result, out bool o);
                overflow.Record(o);
            }
            return Wide.WideRaw.Tensor(result, node.Output.Shape, input.Batch, wide);
        }
        var raw = new long[input.Raw.Length];
        for (int i = 0; i < raw.Length; i++)
        {
            raw[i] = table.Apply(input.Raw[i], result, out bool o);
            overflow.Record(o);
        }
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }
}
