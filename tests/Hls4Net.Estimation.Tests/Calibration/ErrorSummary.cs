namespace Hls4Net.Estimation.Tests.Calibration;

/// <summary>
/// Error of one figure over a set of rows: mean absolute percentage error and the worst case, with the percentage
/// taken against max(measured, floor) so that measured zeros (no BRAM, a combinational 0-cycle layer) stay finite.
/// </summary>
public sealed record ErrorSummary(string Figure, int Count, double Mape, double Worst, int WorstRow)
{
    public static ErrorSummary Of(string figure, IEnumerable<(int Row, double Estimate, double Measured)> points, double floor)
    {
        var errors = points.Select(p => (p.Row, Error: 100 * Math.Abs(p.Estimate - p.Measured) / Math.Max(p.Measured, floor))).ToList();
        if (errors.Count == 0) return new ErrorSummary(figure, 0, 0, 0, 0);
        var worst = errors.MaxBy(e => e.Error);
        return new ErrorSummary(figure, errors.Count, errors.Average(e => e.Error), worst.Error, worst.Row);
    }
}
