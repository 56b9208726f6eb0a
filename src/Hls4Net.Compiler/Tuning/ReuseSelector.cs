using Hls4Net.Estimation;

namespace Hls4Net.Tuning;

/// <summary>
/// Picks one choice per layer (a multiple-choice knapsack): the layers' costs add up (resources, and latency as the
/// estimator adds it: io_parallel the sum of the layers' latencies, io_stream the sum of their fill depths plus the
/// slowest II − 1), the II is the largest layer II. A dynamic program over the layers keeps the partial selections
/// that no other one beats on every figure (latency, II, resource score and each budgeted resource), at most
/// <see cref="Beam"/> of them; the best complete one within the limits wins. When none is within, the closest is the
/// one whose worst figure/limit ratio is smallest. Deterministic: ties are broken by the choices' order.
/// </summary>
public sealed class ReuseSelector
{
    /// <summary>Most partial selections kept after each layer (half by the objective, half by the resource score).</summary>
    public const int Beam = 4000;

    private readonly ReuseLimits _limits;
    private readonly ReuseObjective _objective;
    private readonly bool _stream;

    public ReuseSelector(ReuseLimits limits, ReuseObjective objective, bool stream)
    {
        _limits = limits;
        _objective = objective;
        _stream = stream;
    }

    /// <summary>A (partial) selection: the index of the choice per layer so far and the sums.</summary>
    public sealed record Selection(int[] Picks, long Fill, long MaxIi, ResourceCost Resources, double Score);

    /// <summary>The estimated latency in cycles of a complete selection.</summary>
    public long Latency(Selection s) => s.Fill + (_stream ? Math.Max(1, s.MaxIi) - 1 : 0);

    /// <summary>
    /// The best selection for <paramref name="layers"/> (the cost of each choice, in choice order) on top of the fixed part
    /// (the layers not tuned): its figures and whether it meets every limit.
    /// </summary>
    public (Selection Best, bool Feasible) Select(IReadOnlyList<IReadOnlyList<ChoiceCost>> layers, ResourceCost fixedResources, long fixedFill, long fixedIi)
    {
        var states = new List<Selection> { new([], fixedFill, Math.Max(1, fixedIi), fixedResources, _limits.Score(fixedResources)) };
        foreach (var costs in layers)
        {
            var next = new List<Selection>(states.Count * costs.Count);
            foreach (var s in states)
            {
                for (var c = 0; c < costs.Count; c++)
                {
                    var cost = costs[c];
                    var fill = _stream ? Math.Max(0, cost.LatencyCycles - cost.Ii + 1) : cost.LatencyCycles;
                    next.Add(new Selection([.. s.Picks, c], s.Fill + fill, Math.Max(s.MaxIi, cost.Ii), s.Resources + cost.Resources, s.Score + _limits.Score(cost.Resources)));
                }
            }
            states = Prune(next);
        }
        var feasible = states.Where(Within).ToList();
        if (feasible.Count > 0) return (feasible.OrderBy(Key, KeyComparer.Instance).First(), true);
        return (states.OrderBy(Overshoot).ThenBy(Key, KeyComparer.Instance).First(), false);
    }

    /// <summary>True when <paramref name="s"/> meets every limit.</summary>
    public bool Within(Selection s) => Overshoot(s) <= 1;

    /// <summary>The largest figure/limit ratio over the limits (0 without limits).</summary>
    public double Overshoot(Selection s)
    {
        var worst = 0.0;
        void Check(double value, double? limit)
        {
            if (limit is not { } l) return;
            worst = Math.Max(worst, l <= 0 ? (value <= 0 ? 0 : double.PositiveInfinity) : value / l);
        }
        Check(s.Resources.Dsp, _limits.Dsp);
        Check(s.Resources.Lut, _limits.Lut);
        Check(s.Resources.Ff, _limits.Ff);
        Check(s.Resources.Bram18K, _limits.Bram);
        Check(Latency(s), _limits.LatencyCycles);
        return worst;
    }

    private (double, double, double, int[]) Key(Selection s) => _objective == ReuseObjective.Latency
        ? (Latency(s), s.Score, s.MaxIi, s.Picks)
        : (s.Score, Latency(s), s.MaxIi, s.Picks);

    private List<Selection> Prune(List<Selection> all)
    {
        // Sorted by the objective first, a selection is dominated only by one before it.
        var sorted = all.OrderBy(Key, KeyComparer.Instance).ToList();
        var kept = new List<Selection>();
        foreach (var s in sorted)
        {
            if (!kept.Any(k => Dominates(k, s))) kept.Add(s);
        }
        if (kept.Count <= Beam) return kept;
        var byObjective = kept.Take(Beam / 2);
        var byScore = kept.OrderBy(s => s.Score).ThenBy(Key, KeyComparer.Instance).Take(Beam / 2);
        return byObjective.Union(byScore).OrderBy(Key, KeyComparer.Instance).ToList();
    }

    private bool Dominates(Selection a, Selection b) =>
        a.Fill <= b.Fill && a.MaxIi <= b.MaxIi && a.Score <= b.Score
        && (_limits.Dsp is null || a.Resources.Dsp <= b.Resources.Dsp)
        && (_limits.Lut is null || a.Resources.Lut <= b.Resources.Lut)
        && (_limits.Ff is null || a.Resources.Ff <= b.Resources.Ff)
        && (_limits.Bram is null || a.Resources.Bram18K <= b.Resources.Bram18K);

    private sealed class KeyComparer : IComparer<(double, double, double, int[])>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare((double, double, double, int[]) x, (double, double, double, int[]) y)
        {
            var c = x.Item1.CompareTo(y.Item1);
            if (c == 0) c = x.Item2.CompareTo(y.Item2);
            if (c == 0) c = x.Item3.CompareTo(y.Item3);
            for (var i = 0; c == 0 && i < Math.Min(x.Item4.Length, y.Item4.Length); i++) c = x.Item4[i].CompareTo(y.Item4[i]);
            return c;
        }
    }
}
