using Hls4Net.Core.Ir;

namespace Hls4Net.Estimation;

/// <summary>Resource and latency rule for the op class <typeparamref name="TOp"/>.</summary>
public interface ICostRule<in TOp> : ICostRule where TOp : Op
{
    /// <summary>Estimate <paramref name="node"/> whose op is <paramref name="op"/>.</summary>
    LayerEstimate Estimate(Node node, TOp op, EstimationContext context);
}
