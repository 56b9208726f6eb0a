using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Cropping of the spatial axes, matching nnet::crop in nnet_padding.h.</summary>
public sealed class CropKernel : IKernel
{
    public Type OpType => typeof(CropOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var op = (CropOp)node.Op;
        var map = IndexGather.Build(node.Inputs[0].Shape, node.Output.Shape, c =>
        {
            for (var a = 0; a < op.Before.Length; a++) c[a] += op.Before[a];
            return true;
        });
        return IndexGather.Run(node, inputs[0], map, overflow);
    }
}
