using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Project;

/// <summary>
/// Which outputs the testbench prints exactly. <c>%.17g</c> of <c>to_double()</c> is exact only for types of at most
/// 53 bits; wider outputs are printed as a C99 hexadecimal floating literal of the raw code, <c>[-]0x&lt;hex&gt;p&lt;-F&gt;</c>
/// (value = hex * 2^-F, exactly), built from the raw bits read with const <c>x[i]</c> and <c>length()</c>, which mean the same in our ap_types and Xilinx's
/// (<c>get_bit(i)</c> does not: Xilinx's counts from the binary point).
/// </summary>
public static class ExactOutput
{
    /// <summary>Most bits <c>to_double()</c> returns exactly.</summary>
    public const int DoubleBits = 53;

    /// <summary>True when outputs of <paramref name="type"/> are printed exactly rather than with %.17g.</summary>
    public static bool Needed(FixedType type) => type.Width > DoubleBits;
}
