using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Float global pooling: per channel, the max or the mean over all spatial positions of [l, c] or [h, w, c] (one window
/// covering every position, as in the fixed-point kernel).
/// </summary>
public sealed class GlobalPoolFloatKernel : FloatKernel<GlobalPoolOp>
{
    private readonly PlanCache _plans = new();

    public override double[] Run(Node node, GlobalPoolOp op, IReadOnlyList<double[]> inputs, int batch) =>
        FloatPooling.Run(node, inputs[0], batch, op.Pool, countIncludePad: false, _plans);
}
