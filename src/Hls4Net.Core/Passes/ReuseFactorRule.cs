namespace Hls4Net.Core.Passes;

/// <summary>
/// hls4ml's reuse-factor validity rule for a dense layer with n_in inputs and n_out outputs:
/// RF divides n_in·n_out; if RF &lt; n_in, ceil(n_in·n_out / RF) is a multiple of n_out; if RF &gt;= n_in,
/// RF is a multiple of n_in. Also 1 &lt;= RF &lt;= n_in·n_out. Shared by the hardware pass, backend and estimator.
/// </summary>
public sealed class ReuseFactorRule
{
    /// <summary>True when <paramref name="reuseFactor"/> is valid for an n_in x n_out dense layer.</summary>
    public bool IsValid(int nIn, int nOut, int reuseFactor)
    {
        if (nIn < 1 || nOut < 1) throw new ArgumentOutOfRangeException(nameof(nIn), "layer sizes must be positive");
        long total = (long)nIn * nOut;
        if (reuseFactor < 1 || reuseFactor > total) return false;
        if (total % reuseFactor != 0) return false;
        if (reuseFactor < nIn) return (total + reuseFactor - 1) / reuseFactor % nOut == 0;
        return reuseFactor % nIn == 0;
    }

    /// <summary>All valid reuse factors, ascending.</summary>
    public IReadOnlyList<int> ValidValues(int nIn, int nOut)
    {
        long total = (long)nIn * nOut;
        var result = new List<int>();
        for (long rf = 1; rf <= total; rf++)
        {
            if (total % rf == 0 && IsValid(nIn, nOut, (int)rf)) result.Add((int)rf);
        }
        return result;
    }

    /// <summary>Up to <paramref name="count"/> valid values below and above <paramref name="reuseFactor"/>, ascending.</summary>
    public IReadOnlyList<int> Nearby(int nIn, int nOut, int reuseFactor, int count = 3)
    {
        var valid = ValidValues(nIn, nOut);
        var below = valid.Where(v => v < reuseFactor).TakeLast(count);
        var above = valid.Where(v => v > reuseFactor).Take(count);
        return below.Concat(above).ToList();
    }
}
