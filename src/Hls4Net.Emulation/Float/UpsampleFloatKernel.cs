using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Float;

/// <summary>Float nearest-neighbour upsampling: out[i, ..] = in[i / Scales[0], ..] on each spatial axis.</summary>
public sealed class UpsampleFloatKernel : IFloatKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(UpsampleOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch) =>
        FloatGather.Run(node, inputs[0], batch, _plans.Get(node, GatherPlan.Upsample));
}
