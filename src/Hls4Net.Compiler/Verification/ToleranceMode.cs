namespace Hls4Net.Verification;

/// <summary>What <c>verify --tolerance T</c> gates on.</summary>
public enum ToleranceMode
{
    /// <summary>Fail when the largest absolute error of any output value exceeds T.</summary>
    MaxAbs,

    /// <summary>Fail when the argmax agreement of any classifier output is below T (a fraction, e.g. 0.99).</summary>
    Argmax,
}
