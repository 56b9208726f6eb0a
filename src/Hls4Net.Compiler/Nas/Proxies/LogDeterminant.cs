namespace Hls4Net.Nas;

/// <summary>log det of a symmetric positive semi-definite matrix with integer entries, by Cholesky in double.</summary>
internal static class LogDeterminant
{
    /// <summary>2 Σ log L_ii, or −∞ when a pivot is ≤ <paramref name="tolerance"/> or the result is below −0.5 (a
    /// non-singular integer matrix has |det| ≥ 1). <paramref name="a"/> (n × n, row-major) is overwritten.</summary>
    public static double OfIntegerPsd(double[] a, int n, double tolerance)
    {
        var log = 0.0;
        for (var j = 0; j < n; j++)
        {
            var rowJ = a.AsSpan(j * n, n);
            var d = rowJ[j];
            for (var k = 0; k < j; k++) d -= rowJ[k] * rowJ[k];
            if (!(d > tolerance)) return double.NegativeInfinity;
            var l = Math.Sqrt(d);
            rowJ[j] = l;
            log += Math.Log(l);
            for (var i = j + 1; i < n; i++)
            {
                var rowI = a.AsSpan(i * n, n);
                var s = rowI[j];
                for (var k = 0; k < j; k++) s -= rowI[k] * rowJ[k];
                rowI[j] = s / l;
            }
        }
        log *= 2;
        return log < -0.5 ? double.NegativeInfinity : log;
    }
}
