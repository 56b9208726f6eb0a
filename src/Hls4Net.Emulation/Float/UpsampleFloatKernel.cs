using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float nearest-neighbour upsampling: out[i, ..] = in[i / Scales[0], ..] on each spatial axis.</summary>
public sealed class UpsampleFloatKernel : IFloatKernel
{
    public Type OpType => typeof(UpsampleOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch)
    {
        var scales = ((UpsampleOp)node.Op).Scales;
        return FloatGather.Run(node, inputs[0], batch, (o, i) =>
        {
            o.CopyTo(i, 0);
            for (var a = 0; a < scales.Length; a++) i[a] = o[a] / scales[a];
            return true;
        });
    }
}
