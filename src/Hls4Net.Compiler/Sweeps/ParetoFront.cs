namespace Hls4Net.Sweeps;

/// <summary>The Pareto front of points with a cost (lower is better) and an accuracy (higher or lower is better).</summary>
public static class ParetoFront
{
    /// <summary>The ids of the points no other point beats on one figure while matching it on the other.</summary>
    public static IReadOnlySet<string> Of(IReadOnlyList<(string Id, double Cost, double Accuracy)> points, bool higherIsBetter)
    {
        bool Better(double a, double b) => higherIsBetter ? a > b : a < b;
        bool AtLeast(double a, double b) => higherIsBetter ? a >= b : a <= b;
        var front = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in points)
        {
            var dominated = points.Any(q => q.Cost <= p.Cost && AtLeast(q.Accuracy, p.Accuracy) && (q.Cost < p.Cost || Better(q.Accuracy, p.Accuracy)));
            if (!dominated) front.Add(p.Id);
        }
        return front;
    }
}
