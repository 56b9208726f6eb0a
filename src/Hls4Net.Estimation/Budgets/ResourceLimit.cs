using System.Globalization;

namespace Hls4Net.Estimation.Budgets;

/// <summary>A budget for one resource: an absolute count (<c>1200</c>) or a percentage of the part (<c>80%</c>).</summary>
public sealed record ResourceLimit(double Value, bool IsPercent)
{
    /// <summary>Parse "N" or "P%"; throws <see cref="EstimationException"/> naming <paramref name="option"/> otherwise.</summary>
    public static ResourceLimit Parse(string text, string option)
    {
        var t = text.Trim();
        var percent = t.EndsWith('%');
        var number = percent ? t[..^1].Trim() : t;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v < 0)
        {
            throw new EstimationException($"{option}: '{text}' is not a count or a percentage (e.g. 1200 or 80%)");
        }
        return new ResourceLimit(v, percent);
    }

    /// <summary>The limit as a count on a part with <paramref name="available"/> of the resource (null: unknown part and a percentage).</summary>
    public double? Count(int? available) => IsPercent ? available is null ? null : Value / 100 * available.Value : Value;

    public override string ToString() => IsPercent ? $"{Value.ToString(CultureInfo.InvariantCulture)}%" : Value.ToString(CultureInfo.InvariantCulture);
}
