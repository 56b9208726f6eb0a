using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Float;

/// <summary>Float nearest-neighbour upsampling: out[i, ..] = in[i / Scales[0], ..] on each spatial axis.</summary>
public sealed class UpsampleFloatKernel : FloatKernel<UpsampleOp>
{
    private readonly PlanCache _plans = new();

    public override double[] Run(Node node, UpsampleOp op, IReadOnlyList<double[]> inputs, int batch) =>
        FloatGather.Run(node, inputs[0], batch, _plans.Get(node, GatherPlan.Upsample));
}
