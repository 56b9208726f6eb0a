namespace Hls4Net.Synthesis;

/// <summary>
/// One figure (latency, II, a resource) as Hls4Net estimated it and as each tool reported it, with the estimate's
/// error against each: (estimate − reported) / reported × 100, in percent (0 when both are 0, null when only the
/// reported figure is 0 or either is missing).
/// </summary>
public sealed record FigureComparison(
    string Figure,
    string Unit,
    double? Estimate,
    double? Csynth,
    double? CsynthErrorPct,
    double? Cosim,
    double? CosimErrorPct,
    double? Vivado,
    double? VivadoErrorPct)
{
    /// <summary>A row with the errors computed.</summary>
    public static FigureComparison Of(string figure, string unit, double? estimate, double? csynth, double? cosim, double? vivado) =>
        new(figure, unit, estimate, csynth, Error(estimate, csynth), cosim, Error(estimate, cosim), vivado, Error(estimate, vivado));

    /// <summary>The estimate's error against <paramref name="reported"/> in percent, rounded to 0.1.</summary>
    public static double? Error(double? estimate, double? reported)
    {
        if (estimate is not { } e || reported is not { } r) return null;
        if (r == 0) return e == 0 ? 0 : null;
        return Math.Round((e - r) / r * 100, 1, MidpointRounding.AwayFromZero);
    }
}
