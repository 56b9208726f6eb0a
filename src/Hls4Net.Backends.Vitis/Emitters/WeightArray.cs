using System.Numerics;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// A constant array for firmware/weights/{Name}.h, declared as <c>{TypeName} {Name}[Raw.Length]</c>.
/// Values are given as raw stored integers of <see cref="Type"/> (already quantized by the same code the
/// emulator uses), so the C++ and the emulator hold the very same bits.
/// </summary>
public sealed record WeightArray(string Name, string TypeName, FixedType Type, long[] Raw)
{
    /// <summary>An array of a type wider than 64-bit raw codes (<see cref="Raw"/> is then empty).</summary>
    public WeightArray(string name, string typeName, FixedType type, BigInteger[] wide) : this(name, typeName, type, Array.Empty<long>()) => Wide = wide;

    /// <summary>The raw codes of a wide array, otherwise null.</summary>
    public BigInteger[]? Wide { get; }

    /// <summary>Number of elements.</summary>
    public int Length => Wide?.Length ?? Raw.Length;

    /// <summary>Raw code <paramref name="i"/>, whichever way it is held.</summary>
    public BigInteger At(int i) => Wide is { } w ? w[i] : Raw[i];
}
