using Hls4Net.Core.Ir;

namespace Hls4Net.Estimation;

/// <summary>Base of the cost rules: binds the non-generic <see cref="ICostRule"/> to the typed overload.</summary>
public abstract class CostRule<TOp> : ICostRule<TOp> where TOp : Op
{
    public Type OpType => typeof(TOp);

    public LayerEstimate Estimate(Node node, EstimationContext context) => node.Op is TOp op
        ? Estimate(node, op, context)
        : throw new ArgumentException($"{GetType().Name} costs {typeof(TOp).Name}, but node '{node.Name}' is {node.Op.Kind}", nameof(node));

    public abstract LayerEstimate Estimate(Node node, TOp op, EstimationContext context);
}
