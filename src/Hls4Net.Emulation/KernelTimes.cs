using System.Diagnostics;
using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation;

/// <summary>
/// Wall time spent in each node's kernel, summed over the runs of an <see cref="Interpreter"/> that were given this
/// instance (<c>bench</c>'s per-kernel split). Not thread-safe: one instance per thread.
/// </summary>
public sealed class KernelTimes
{
    private readonly Dictionary<Node, long> _ticks = new(ReferenceEqualityComparer.Instance);
    private readonly List<Node> _order = [];

    /// <summary>Adds <paramref name="ticks"/> (<see cref="Stopwatch"/> ticks) to <paramref name="node"/>'s total.</summary>
    public void Add(Node node, long ticks)
    {
        if (_ticks.TryGetValue(node, out var sum)) _ticks[node] = sum + ticks;
        else
        {
            _ticks[node] = ticks;
            _order.Add(node);
        }
    }

    /// <summary>Every timed node in first-run order, with its total time.</summary>
    public IReadOnlyList<(Node Node, TimeSpan Time)> Totals() =>
        _order.Select(n => (n, TimeSpan.FromSeconds(_ticks[n] / (double)Stopwatch.Frequency))).ToList();
}
