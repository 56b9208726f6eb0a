using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Float global pooling: per channel, the max or the mean over all spatial positions of [l, c] or [h, w, c] (one window
/// covering every position, as in the fixed-point kernel).
/// </summary>
public sealed class GlobalPoolFloatKernel : IFloatKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(GlobalPoolOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch) =>
        FloatPooling.Run(node, inputs[0], batch, ((GlobalPoolOp)node.Op).Pool, countIncludePad: false, _plans);
}
