using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>A typedef line for defines.h: <c>typedef {Type} {Name};</c>.</summary>
public sealed record TypeDefinition(string Name, FixedType Type);
