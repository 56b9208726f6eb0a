namespace Hls4Net.Verification;

/// <summary>
/// The codes of a <see cref="VerifyVerdict"/>, which <c>hls4net verify</c> returns as its process exit code: pass,
/// tolerance exceeded, not bit-exact, or both.
/// </summary>
public static class VerdictCodes
{
    /// <summary>Within tolerance (when one was given) and bit-exact (when the C simulation ran).</summary>
    public const int Pass = 0;

    /// <summary>The fixed-point error exceeds the tolerance (or the argmax agreement is below it).</summary>
    public const int ToleranceExceeded = 3;

    /// <summary>The emulator and the C simulation disagree on some bits.</summary>
    public const int NotBitExact = 4;

    /// <summary>Both the tolerance and bit-exactness failed.</summary>
    public const int ToleranceAndBitExactness = 5;
}
