using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;

namespace Hls4Net.Estimation;

/// <summary>
/// Resource and latency rule for one op kind: the estimator's per-op handler (non-generic view, kept in an
/// <see cref="OpHandlerSet{THandler}"/> built from the op packages).
/// </summary>
public interface ICostRule : IOpHandler
{
    /// <summary>Estimate <paramref name="node"/>, whose op is of <see cref="IOpHandler.OpType"/>, after the passes have run.</summary>
    LayerEstimate Estimate(Node node, EstimationContext context);
}
