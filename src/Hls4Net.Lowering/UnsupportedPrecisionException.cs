namespace Hls4Net.Lowering;

/// <summary>
/// A layer uses a fixed-point type the emulator cannot evaluate (types wider than 64 bits in a kernel without a wide
/// path, see docs/wide-types.md), or one whose C++ intermediates would exceed what ap_fixed allows. The message names
/// the layer and the type.
/// </summary>
public sealed class UnsupportedPrecisionException : Hls4NetException
{
    public UnsupportedPrecisionException(string message) : base(Hls4NetErrorCategory.Precision, message) { }
}
