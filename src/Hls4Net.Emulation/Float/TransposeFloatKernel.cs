using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Float;

/// <summary>Float axis permutation (numpy.transpose): output coordinate i is input coordinate Perm[i].</summary>
public sealed class TransposeFloatKernel : IFloatKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(TransposeOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch) =>
        FloatGather.Run(node, inputs[0], batch, _plans.Get(node, GatherPlan.Transpose));
}
