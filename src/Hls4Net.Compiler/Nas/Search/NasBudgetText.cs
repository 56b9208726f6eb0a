using Hls4Net.Estimation.Budgets;

namespace Hls4Net.Nas.Search;

/// <summary>The budgets of a search as text for the report: <c>latency &lt;= 100 ns</c>, <c>DSP &lt;= 20%</c>.</summary>
public static class NasBudgetText
{
    public static IReadOnlyList<string> Describe(EstimateBudget budget)
    {
        var list = new List<string>();
        if (budget.Latency is { } l) list.Add($"latency <= {l}");
        if (budget.Dsp is { } d) list.Add($"DSP <= {d}");
        if (budget.Lut is { } u) list.Add($"LUT <= {u}");
        if (budget.Ff is { } f) list.Add($"FF <= {f}");
        if (budget.Bram is { } b) list.Add($"BRAM_18K <= {b}");
        list.Add("every resource within the part");
        return list;
    }
}
