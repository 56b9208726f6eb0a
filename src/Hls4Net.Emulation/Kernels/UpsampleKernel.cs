using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Nearest-neighbour upsampling, matching nnet::upsample in nnet_upsample.h.</summary>
public sealed class UpsampleKernel : IKernel
{
    public Type OpType => typeof(UpsampleOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var op = (UpsampleOp)node.Op;
        var map = IndexGather.Build(node.Inputs[0].Shape, node.Output.Shape, c =>
        {
            for (var a = 0; a < op.Scales.Length; a++) c[a] /= op.Scales[a];
            return true;
        });
        return IndexGather.Run(node, inputs[0], map, overflow);
    }
}
