using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Zero padding of the spatial axes, matching nnet::zeropad in nnet_padding.h.</summary>
public sealed class ZeroPadKernel : IKernel
{
    public Type OpType => typeof(ZeroPadOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var op = (ZeroPadOp)node.Op;
        var inShape = node.Inputs[0].Shape;
        var map = IndexGather.Build(inShape, node.Output.Shape, c =>
        {
            for (var a = 0; a < op.Before.Length; a++)
            {
                c[a] -= op.Before[a];
                if (c[a] < 0 || c[a] >= inShape[a]) return false;
            }
            return true;
        });
        return IndexGather.Run(node, inputs[0], map, overflow);
    }
}
