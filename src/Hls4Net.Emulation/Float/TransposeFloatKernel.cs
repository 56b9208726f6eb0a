using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float axis permutation (numpy.transpose): output coordinate i is input coordinate Perm[i].</summary>
public sealed class TransposeFloatKernel : IFloatKernel
{
    public Type OpType => typeof(TransposeOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch)
    {
        var perm = ((TransposeOp)node.Op).Perm;
        return FloatGather.Run(node, inputs[0], batch, (o, i) =>
        {
            for (var a = 0; a < perm.Length; a++) i[perm[a]] = o[a];
            return true;
        });
    }
}
