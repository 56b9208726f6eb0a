namespace Hls4Net.Estimation.Budgets;

/// <summary>Whether the design fits its part and the user's budgets, with every check.</summary>
public sealed record BudgetVerdict(bool Fits, IReadOnlyList<BudgetCheck> Checks)
{
    /// <summary>The checks that failed.</summary>
    public IEnumerable<BudgetCheck> Violations => Checks.Where(c => !c.Within);
}
