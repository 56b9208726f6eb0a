using System.Numerics;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// A constant array for firmware/weights/{Name}.h, declared as <c>{TypeName} {Name}[Length]</c>.
/// Values are given as raw stored integers of <see cref="Type"/> (already quantized by the same code the
/// emulator uses), so the C++ and the emulator hold the very same bits. A big array may instead give its codes by
/// index (<see cref="WeightArray(string, string, FixedType, int, Func{int, long})"/>, e.g. quantized from the float
/// weights when read): the project writers read <see cref="Code"/>, so its codes are never held.
/// </summary>
public sealed record WeightArray(string Name, string TypeName, FixedType Type, long[] Raw)
{
    private readonly long[] _raw = Raw;
    private readonly Func<int, long>? _code;
    private readonly int _count;

    /// <summary>An array of a type wider than 64-bit raw codes (<see cref="Raw"/> is then empty).</summary>
    public WeightArray(string name, string typeName, FixedType type, BigInteger[] wide) : this(name, typeName, type, Array.Empty<long>()) => Wide = wide;

    /// <summary>An array of <paramref name="length"/> codes made by <paramref name="code"/> each time one is read, and never held.</summary>
    public WeightArray(string name, string typeName, FixedType type, int length, Func<int, long> code) : this(name, typeName, type, Array.Empty<long>())
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _code = code;
        _count = length;
    }

    /// <summary>
    /// The raw codes. For an array given by index they are made into a new array at each read (for tests and small
    /// arrays; the project writers read <see cref="Code"/> instead).
    /// </summary>
    public long[] Raw
    {
        get
        {
            if (_code is null) return _raw;
            var raw = new long[_count];
            for (var i = 0; i < raw.Length; i++) raw[i] = _code(i);
            return raw;
        }
        init => _raw = value;
    }

    /// <summary>The raw codes of a wide array, otherwise null.</summary>
    public BigInteger[]? Wide { get; }

    /// <summary>Number of elements.</summary>
    public int Length => Wide?.Length ?? (_code is null ? _raw.Length : _count);

    /// <summary>Raw code <paramref name="i"/> of an array that is not <see cref="Wide"/>.</summary>
    public long Code(int i) => _code is null ? _raw[i] : _code(i);

    /// <summary>Raw code <paramref name="i"/>, whichever way it is held.</summary>
    public BigInteger At(int i) => Wide is { } w ? w[i] : Code(i);
}
