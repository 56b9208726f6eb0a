using System.Globalization;

namespace Hls4Net.Nas.Space;

/// <summary>The pooling after a convolution block: none, or max/average pooling of <see cref="Size"/> (stride = size).</summary>
public sealed record PoolChoice(string Kind, int Size)
{
    /// <summary>No pooling.</summary>
    public static PoolChoice None { get; } = new("none", 1);

    /// <summary>True when the block has no pooling layer.</summary>
    public bool IsNone => Kind == "none";

    /// <summary>Parse <c>none</c>, <c>max2</c>, <c>avg3</c> (null when malformed).</summary>
    public static PoolChoice? TryParse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t == "none") return None;
        foreach (var kind in new[] { "max", "avg" })
        {
            if (t.StartsWith(kind, StringComparison.Ordinal)
                && int.TryParse(t[kind.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size >= 2 && size <= 64)
            {
                return new PoolChoice(kind, size);
            }
        }
        return null;
    }

    public override string ToString() => IsNone ? "none" : Kind + Size.ToString(CultureInfo.InvariantCulture);
}
