using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Float zero padding or cropping of the spatial axes (one instance per op type): padding shifts spatial axis a by
/// Before[a] and fills the new positions with zeros; cropping drops Before[a] positions in front (and After[a] behind).
/// </summary>
public sealed class PadCropFloatKernel : IFloatKernel
{
    private readonly PlanCache _plans = new();

    /// <summary>A kernel for <paramref name="opType"/>: <see cref="ZeroPadOp"/> or <see cref="CropOp"/>.</summary>
    public PadCropFloatKernel(Type opType)
    {
        if (opType != typeof(ZeroPadOp) && opType != typeof(CropOp)) throw new ArgumentException($"PadCropFloatKernel does not evaluate {opType.Name}");
        OpType = opType;
    }

    public Type OpType { get; }

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch)
    {
        var plan = node.Op switch
        {
            ZeroPadOp => _plans.Get(node, GatherPlan.ZeroPad),
            CropOp => _plans.Get(node, GatherPlan.Crop),
            _ => throw new GraphException($"node '{node.Name}': PadCropFloatKernel cannot evaluate {node.Op.Kind}"),
        };
        return FloatGather.Run(node, inputs[0], batch, plan);
    }
}
