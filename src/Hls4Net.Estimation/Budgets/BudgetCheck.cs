namespace Hls4Net.Estimation.Budgets;

/// <summary>One checked limit: what, the estimate, the limit (null when not checkable) and whether it is within.</summary>
public sealed record BudgetCheck(string Resource, double Estimate, double? Limit, string LimitText, bool Within);
