using Hls4Net.Core.Ir;

namespace Hls4Net.Estimation;

/// <summary>The cost rules of an estimator, by op class (built in code, e.g. by <see cref="DefaultCostRules"/>; instance-owned).</summary>
public sealed class CostRuleSet
{
    private readonly Dictionary<Type, ICostRule> _rules = new();

    /// <summary>Add or replace the rule for <see cref="ICostRule.OpType"/>.</summary>
    public CostRuleSet Add(ICostRule rule)
    {
        _rules[rule.OpType] = rule;
        return this;
    }

    /// <summary>The op classes that have a rule.</summary>
    public IEnumerable<Type> OpTypes => _rules.Keys;

    /// <summary>The rule for <paramref name="op"/>'s class, or null.</summary>
    public ICostRule? Find(Op op) => _rules.GetValueOrDefault(op.GetType());
}
