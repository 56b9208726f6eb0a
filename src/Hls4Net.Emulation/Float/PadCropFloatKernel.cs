using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Float zero padding or cropping of the spatial axes (one instance per op type): padding shifts spatial axis a by
/// Before[a] and fills the new positions with zeros; cropping drops Before[a] positions in front (and After[a] behind).
/// </summary>
public sealed class PadCropFloatKernel : IFloatKernel
{
    /// <summary>A kernel for <paramref name="opType"/>: <see cref="ZeroPadOp"/> or <see cref="CropOp"/>.</summary>
    public PadCropFloatKernel(Type opType)
    {
        if (opType != typeof(ZeroPadOp) && opType != typeof(CropOp)) throw new ArgumentException($"PadCropFloatKernel does not evaluate {opType.Name}");
        OpType = opType;
    }

    public Type OpType { get; }

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch)
    {
        var (before, pad) = node.Op switch
        {
            ZeroPadOp p => (p.Before, true),
            CropOp c => (c.Before, false),
            _ => throw new GraphException($"node '{node.Name}': PadCropFloatKernel cannot evaluate {node.Op.Kind}"),
        };
        var inShape = node.Inputs[0].Shape;
        return FloatGather.Run(node, inputs[0], batch, (o, i) =>
        {
            o.CopyTo(i, 0);
            for (var a = 0; a < before.Length; a++)
            {
                i[a] = pad ? o[a] - before[a] : o[a] + before[a];
                if (i[a] < 0 || i[a] >= inShape[a]) return false;
            }
            return true;
        });
    }
}
