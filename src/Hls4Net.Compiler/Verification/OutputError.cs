namespace Hls4Net.Verification;

/// <summary>
/// How far one graph output of the emulator is from the float reference, over all samples. ArgmaxAgreement is the
/// fraction of samples whose argmax equals the float argmax (null for single-value outputs); BitExactSamples counts
/// the samples on which this output is bit-exact between emulator and C simulation (null without --csim).
/// </summary>
public sealed record OutputError(
    string Name,
    int Size,
    double MaxAbsError,
    double MeanAbsError,
    double? ArgmaxAgreement,
    int? BitExactSamples = null);
