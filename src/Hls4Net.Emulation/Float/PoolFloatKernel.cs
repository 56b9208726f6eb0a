using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Loops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Float Pool1D/Pool2D (one instance per op type), per channel over the real (non-padding) taps of each window, in the
/// fixed-point kernels' order (<see cref="PoolLoop"/>): Max takes the largest; Average divides their sum by their
/// count, or by the full window when count_include_pad.
/// </summary>
public sealed class PoolFloatKernel : IFloatKernel
{
    private readonly PlanCache _plans = new();

    /// <summary>A kernel for <paramref name="opType"/>: <see cref="Pool1DOp"/> or <see cref="Pool2DOp"/>.</summary>
    public PoolFloatKernel(Type opType)
    {
        if (opType != typeof(Pool1DOp) && opType != typeof(Pool2DOp)) throw new ArgumentException($"PoolFloatKernel does not evaluate {opType.Name}");
        OpType = opType;
    }

    public Type OpType { get; }

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch)
    {
        var (pool, includePad) = node.Op switch
        {
            Pool1DOp p => (p.Pool, p.CountIncludePad),
            Pool2DOp p => (p.Pool, p.CountIncludePad),
            _ => throw new GraphException($"node '{node.Name}': PoolFloatKernel cannot evaluate {node.Op.Kind}"),
        };
        return FloatPooling.Run(node, inputs[0], batch, pool, includePad, _plans);
    }
}
