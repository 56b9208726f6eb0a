namespace Hls4Net.Estimation.Budgets;

/// <summary>
/// The user's limits (<c>--max-dsp</c>, <c>--max-lut</c>, <c>--max-ff</c>, <c>--max-bram</c>, <c>--max-latency</c>).
/// Without a limit a resource is checked against the whole part, so the verdict also says whether the design fits.
/// </summary>
public sealed record EstimateBudget(ResourceLimit? Dsp = null, ResourceLimit? Lut = null, ResourceLimit? Ff = null, ResourceLimit? Bram = null, LatencyLimit? Latency = null)
{
    private static readonly ResourceLimit WholePart = new(100, true);

    /// <summary>Check <paramref name="estimate"/>; a percentage on an unknown part is an <see cref="EstimationException"/>.</summary>
    public BudgetVerdict Check(DesignEstimate estimate)
    {
        var d = estimate.Device;
        var checks = new List<BudgetCheck>
        {
            Resource("DSP", estimate.Total.Dsp, Dsp, d?.Dsp, "--max-dsp"),
            Resource("LUT", estimate.Total.Lut, Lut, d?.Lut, "--max-lut"),
            Resource("FF", estimate.Total.Ff, Ff, d?.Ff, "--max-ff"),
            Resource("BRAM_18K", estimate.Total.Bram18K, Bram, d?.Bram18K, "--max-bram"),
        };
        if (d is not null) checks.Add(Resource("URAM", estimate.Total.Uram, null, d.Uram, ""));
        if (Latency is not null)
        {
            var value = Latency.InCycles ? estimate.LatencyCycles : estimate.LatencyNs;
            checks.Add(new BudgetCheck("latency", value, Latency.Value, Latency.ToString(), value <= Latency.Value));
        }
        return new BudgetVerdict(checks.All(c => c.Within), checks);
    }

    private BudgetCheck Resource(string name, long used, ResourceLimit? limit, int? available, string option)
    {
        var effective = limit ?? WholePart;
        if (limit is null && available is null) return new BudgetCheck(name, used, null, "part unknown", true);
        var count = effective.Count(available)
            ?? throw new EstimationException($"{option}: a percentage needs a part Hls4Net knows the size of; give a count or a known --fpga");
        var text = limit is null ? $"{available} on the part" : effective.IsPercent ? $"{effective} of {available} = {count:0.#}" : effective.ToString();
        return new BudgetCheck(name, used, count, text, used <= count);
    }
}
