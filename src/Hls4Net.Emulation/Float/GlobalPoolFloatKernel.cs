using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float global pooling: per channel, the max or the mean over all spatial positions of [l, c] or [h, w, c].</summary>
public sealed class GlobalPoolFloatKernel : IFloatKernel
{
    public Type OpType => typeof(GlobalPoolOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch)
    {
        var pool = ((GlobalPoolOp)node.Op).Pool;
        var inShape = node.Inputs[0].Shape;
        var channels = inShape.Dims[^1];
        var positions = inShape.Size / channels;
        var y = new double[batch * channels];
        for (var s = 0; s < batch; s++)
        {
            for (var c = 0; c < channels; c++)
            {
                var r = pool == PoolKind.Max ? double.NegativeInfinity : 0.0;
                for (var p = 0; p < positions; p++)
                {
                    var v = inputs[0][(s * positions + p) * channels + c];
                    r = pool == PoolKind.Max ? Math.Max(r, v) : r + v;
                }
                y[s * channels + c] = pool == PoolKind.Max ? r : r / positions;
            }
        }
        return y;
    }
}
