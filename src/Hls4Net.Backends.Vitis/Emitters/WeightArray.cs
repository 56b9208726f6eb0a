using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// A constant array for firmware/weights/{Name}.h, declared as <c>{TypeName} {Name}[Raw.Length]</c>.
/// Values are given as raw stored integers of <see cref="Type"/> (already quantized by the same code the
/// emulator uses), so the C++ and the emulator hold the very same bits.
/// </summary>
public sealed record WeightArray(string Name, string TypeName, FixedType Type, long[] Raw);
