namespace Hls4Net.Verification;

/// <summary>How many samples the emulator and the C simulation agree on, bit for bit.</summary>
public sealed record BitExactReport(int Samples, int BitExactSamples, long MismatchedValues, string? FirstMismatch)
{
    public bool AllBitExact => Samples > 0 && BitExactSamples == Samples;
}
