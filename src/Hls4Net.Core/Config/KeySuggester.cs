namespace Hls4Net.Core.Config;

/// <summary>Finds the closest known name to a misspelt one (case-insensitive Levenshtein distance).</summary>
public sealed class KeySuggester
{
    /// <summary>The closest candidate, or null when none is reasonably close (distance &gt; max(2, length/3)).</summary>
    public string? Closest(string key, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(key.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }
        return best is not null && bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    /// <summary>"; did you mean 'X'?" or "; known: a, b, c" for use after a message.</summary>
    public string Hint(string key, IReadOnlyCollection<string> candidates)
    {
        var closest = Closest(key, candidates);
        if (closest is not null) return $"; did you mean '{closest}'?";
        return candidates.Count == 0 ? "" : $"; known: {string.Join(", ", candidates)}";
    }

    /// <summary>Levenshtein edit distance (insertions, deletions, substitutions).</summary>
    public static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
