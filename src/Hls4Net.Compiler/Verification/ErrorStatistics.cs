namespace Hls4Net.Verification;

/// <summary>Max / mean absolute error and argmax agreement between two batch-major arrays of one output.</summary>
public static class ErrorStatistics
{
    /// <summary>Compare one output; <paramref name="size"/> is the number of values per sample.</summary>
    public static OutputError Compare(string name, int size, double[] actual, double[] expected)
    {
        if (actual.Length != expected.Length) throw new ArgumentException($"output '{name}': {actual.Length} values against {expected.Length}");
        double max = 0, sum = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            var e = Math.Abs(actual[i] - expected[i]);
            if (double.IsNaN(e)) max = double.NaN; // a NaN anywhere makes the output fail any tolerance
            else if (e > max) max = e;
            sum += e;
        }
        var mean = actual.Length == 0 ? 0 : sum / actual.Length;
        return new OutputError(name, size, max, mean, size > 1 ? ArgmaxAgreement(size, actual, expected) : null);
    }

    /// <summary>Fraction of samples whose first maximal index agrees.</summary>
    public static double ArgmaxAgreement(int size, double[] actual, double[] expected)
    {
        var samples = size == 0 ? 0 : actual.Length / size;
        if (samples == 0) return 1;
        var agree = 0;
        for (var b = 0; b < samples; b++)
        {
            if (Argmax(actual.AsSpan(b * size, size)) == Argmax(expected.AsSpan(b * size, size))) agree++;
        }
        return (double)agree / samples;
    }

    public static int Argmax(ReadOnlySpan<double> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best]) best = i;
        }
        return best;
    }
}
