using Hls4Net.Core.Ir;

namespace Hls4Net.Estimation;

/// <summary>Resource and latency rule for one op kind (non-generic view, used by <see cref="CostRuleSet"/>).</summary>
public interface ICostRule
{
    /// <summary>The op class this rule costs.</summary>
    Type OpType { get; }

    /// <summary>Estimate <paramref name="node"/>, whose op is of <see cref="OpType"/>, after the passes have run.</summary>
    LayerEstimate Estimate(Node node, EstimationContext context);
}
