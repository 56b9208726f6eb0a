using Hls4Net.Estimation;
using Hls4Net.Estimation.Budgets;

namespace Hls4Net.Tuning;

/// <summary>
/// Parses <c>--budget</c> terms (<c>dsp&lt;=30%</c>, <c>lut&lt;=50000</c>, <c>ff&lt;=...</c>, <c>bram&lt;=...</c>,
/// <c>latency&lt;=200ns</c>) and <c>--max-latency</c> into the estimator's <see cref="EstimateBudget"/>.
/// </summary>
public static class ReuseBudgetParser
{
    /// <exception cref="UsageException">A term is malformed or a resource is given twice.</exception>
    public static EstimateBudget Parse(IEnumerable<string> terms, string? maxLatency)
    {
        ResourceLimit? dsp = null, lut = null, ff = null, bram = null;
        LatencyLimit? latency = null;
        try
        {
            foreach (var term in terms)
            {
                var at = term.IndexOf("<=", StringComparison.Ordinal);
                if (at <= 0) throw new UsageException($"--budget '{term}': expected RESOURCE<=LIMIT, e.g. dsp<=30% or latency<=200ns");
                var name = term[..at].Trim().ToLowerInvariant();
                var value = term[(at + 2)..].Trim();
                var option = $"--budget {name}";
                switch (name)
                {
                    case "dsp": dsp = Once(dsp, ResourceLimit.Parse(value, option), name); break;
                    case "lut": lut = Once(lut, ResourceLimit.Parse(value, option), name); break;
                    case "ff": ff = Once(ff, ResourceLimit.Parse(value, option), name); break;
                    case "bram": case "bram18k": case "bram_18k": bram = Once(bram, ResourceLimit.Parse(value, option), name); break;
                    case "latency": latency = Once(latency, LatencyLimit.Parse(value, option), name); break;
                    default: throw new UsageException($"--budget '{term}': unknown resource '{name}' (dsp, lut, ff, bram or latency)");
                }
            }
            if (maxLatency is not null) latency = Once(latency, LatencyLimit.Parse(maxLatency, "--max-latency"), "latency");
        }
        catch (EstimationException e)
        {
            throw new UsageException(e.Message);
        }
        return new EstimateBudget(dsp, lut, ff, bram, latency);
    }

    private static T Once<T>(T? existing, T value, string name) where T : class =>
        existing is null ? value : throw new UsageException($"the {name} budget is given twice");
}
