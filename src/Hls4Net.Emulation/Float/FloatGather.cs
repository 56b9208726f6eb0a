using Hls4Net.Core.Ir;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Data movement of the float reference, on the same <see cref="GatherPlan"/> as the fixed-point kernels: output
/// element i of each sample is input element <c>Map[i]</c>, or zero where it is -1.
/// </summary>
internal static class FloatGather
{
    public static double[] Run(Node node, double[] input, int batch, GatherPlan plan)
    {
        var map = plan.Map;
        int inSize = node.Inputs[0].Shape.Size, outSize = map.Length;
        var y = new double[batch * outSize];
        for (var s = 0; s < batch; s++)
        {
            for (var i = 0; i < outSize; i++)
            {
                if (map[i] >= 0) y[s * outSize + i] = input[s * inSize + map[i]];
            }
        }
        return y;
    }
}
