namespace Hls4Net.Emulation;

/// <summary>
/// A layer uses a fixed-point type the emulator cannot evaluate (raw codes wider than 64 bits, or exact
/// intermediates wider than 126 bits). The message names the layer and the type.
/// </summary>
public sealed class UnsupportedPrecisionException : NotSupportedException
{
    public UnsupportedPrecisionException(string message) : base(message) { }
}
