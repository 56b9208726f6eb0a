using Hls4Net.Nas.Space;

namespace Hls4Net.Nas.Search;

/// <summary>
/// The proxies a search computes, by name (<c>naswot</c>, <c>synflow</c>, <c>params</c>, <c>bops</c>; <c>all</c> is
/// the four), over the zero-shot proxies of <c>Nas/Proxies</c>. BOPs takes the kept choice's weight and activation
/// widths; the others read the network (and NASWOT the batch) only.
/// </summary>
public sealed class NasProxies
{
    /// <summary>Every proxy, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = ["naswot", "synflow", "params", "bops"];

    /// <exception cref="UsageException">An unknown name, or a name given twice.</exception>
    public NasProxies(IEnumerable<string> names)
    {
        var list = new List<string>();
        foreach (var raw in names)
        {
            var name = raw.Trim().ToLowerInvariant();
            var expanded = name == "all" ? All : All.Contains(name) ? [name] : throw new UsageException($"--proxy: '{raw}' is not a proxy (naswot, synflow, params, bops or all)");
            foreach (var n in expanded)
            {
                if (list.Contains(n)) throw new UsageException($"--proxy: '{n}' is given twice");
                list.Add(n);
            }
        }
        if (list.Count == 0) throw new UsageException("--proxy: give at least one proxy");
        Names = [.. All.Where(list.Contains)];
    }

    /// <summary>The proxies computed, in report order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Every proxy of <paramref name="network"/> (with its seeded weights) on <paramref name="batch"/>, BOPs at <paramref name="precision"/>.</summary>
    public IReadOnlyDictionary<string, double> Score(FloatNetwork network, NasBatch batch, PrecisionChoice precision)
    {
        var scores = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            IZeroShotProxy proxy = name switch
            {
                "naswot" => new NaswotProxy(),
                "synflow" => new SynflowProxy(),
                "params" => new ParamsProxy(),
                _ => new BopsProxy(precision.WeightBits, precision.ActivationBits),
            };
            scores[name] = proxy.Score(network, batch.Batch);
        }
        return scores;
    }
}
