using System.Globalization;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>C++ <c>long long</c> literals for raw codes (read back by nnet::fixed_from_raw).</summary>
internal static class RawLiteral
{
    public static string Of(long raw) => raw == long.MinValue
        ? "(-9223372036854775807LL - 1)"
        : raw.ToString(CultureInfo.InvariantCulture) + "LL";
}
