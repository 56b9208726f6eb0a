namespace Hls4Net.Estimation.Models;

/// <summary>
/// Register stages for a combinational path: Vitis cuts a path of <c>delay</c> ns into stages of the usable cycle
/// (period minus uncertainty); a path that fits one cycle needs no register inside the function (latency 0).
/// </summary>
public static class PipelineDepth
{
    public static long Cycles(double delayNs, EstimationContext context)
    {
        if (delayNs <= 0) return 0;
        var stages = (long)Math.Ceiling(delayNs / context.UsableCycleNs - 1e-9);
        return Math.Max(0, stages - 1);
    }

    /// <summary>The delay of a product (when there is one) followed by an adder tree of <paramref name="levels"/> levels.</summary>
    public static double MultiplyAccumulateNs(bool hasProduct, int levels, EstimatorConstants c) =>
        (hasProduct ? c.MultiplierDelayNs : 0) + levels * c.AdderLevelDelayNs;
}
