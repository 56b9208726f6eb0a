using Hls4Net.Synthesis;
using Hls4Net.Verification;

namespace Hls4Net.Cli;

/// <summary>Process exit codes of the hls4net command (also documented in README and --help).</summary>
public static class ExitCodes
{
    /// <summary>Success (for verify: within tolerance and bit-exact).</summary>
    public const int Ok = VerdictCodes.Pass;

    /// <summary>Bad input or a failed step: the error line says what.</summary>
    public const int Error = 1;

    /// <summary>Command-line usage error.</summary>
    public const int Usage = 2;

    /// <summary>verify: the fixed-point error exceeds --tolerance.</summary>
    public const int ToleranceExceeded = VerdictCodes.ToleranceExceeded;

    /// <summary>verify --csim: the emulator and the C simulation disagree on some bits.</summary>
    public const int NotBitExact = VerdictCodes.NotBitExact;

    /// <summary>verify: both the tolerance and bit-exactness failed.</summary>
    public const int ToleranceAndBitExactness = VerdictCodes.ToleranceAndBitExactness;

    /// <summary>A native dependency or tool (ONNX Runtime, HDF5, g++) is missing.</summary>
    public const int MissingDependency = 6;

    /// <summary>estimate: the design does not fit its part or exceeds a --max-* budget.</summary>
    public const int OverBudget = 7;

    /// <summary>optimize precision: the tuned configuration misses the target on the validation set, or the target is out of reach.</summary>
    public const int TargetMissed = 8;

    /// <summary>build: Vitis HLS C synthesis failed.</summary>
    public const int SynthesisFailed = BuildCodes.SynthesisFailed;

    /// <summary>build: the C/RTL co-simulation does not match the C simulation.</summary>
    public const int CosimMismatch = BuildCodes.CosimMismatch;
}
