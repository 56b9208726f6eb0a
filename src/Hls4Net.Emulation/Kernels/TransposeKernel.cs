using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Axis permutation, matching nnet::transpose in nnet_transpose.h.</summary>
public sealed class TransposeKernel : IKernel
{
    public Type OpType => typeof(TransposeOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var op = (TransposeOp)node.Op;
        var inCoord = new int[op.Perm.Length];
        var map = IndexGather.Build(node.Inputs[0].Shape, node.Output.Shape, c =>
        {
            for (var i = 0; i < op.Perm.Length; i++) inCoord[op.Perm[i]] = c[i];
            inCoord.CopyTo(c, 0);
            return true;
        });
        return IndexGather.Run(node, inputs[0], map, overflow);
    }
}
