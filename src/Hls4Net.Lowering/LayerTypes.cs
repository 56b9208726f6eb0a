using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering;

/// <summary>Looks up a layer's fixed-point types with one-line errors naming the layer and the missing or unsupported type.</summary>
public static class LayerTypes
{
    /// <summary>Widest exact intermediate (product or sum) the emulator's Int128 arithmetic accepts.</summary>
    public const int MaxExactWidth = 126;

    /// <summary>The result type (<c>node.Output.Type</c>), which must fit 64-bit raw codes.</summary>
    public static FixedType Result(Node node) =>
        Fast(node, node.Output.Type ?? throw new GraphException($"node '{node.Name}': result type not assigned"), "result");

    /// <summary>The type of input <paramref name="index"/>, which must fit 64-bit raw codes.</summary>
    public static FixedType Input(Node node, int index = 0) =>
        Fast(node, node.Inputs[index].Type ?? throw new GraphException($"node '{node.Name}': type of input '{node.Inputs[index].Name}' not assigned"), "input");

    /// <summary>A required precision (weight, bias, accum), which must fit 64-bit raw codes.</summary>
    public static FixedType Required(Node node, FixedType? type, string role) =>
        Fast(node, type ?? throw new GraphException($"node '{node.Name}' ({node.Op.Kind}): {role} precision not assigned"), role);

    /// <summary>Throws <see cref="UnsupportedPrecisionException"/> unless raw codes of <paramref name="type"/> fit a long.</summary>
    public static FixedType Fast(Node node, FixedType type, string role) => type.FitsInt64
        ? type
        : throw new UnsupportedPrecisionException(
            $"node '{node.Name}' ({node.Op.Kind}): {role} type {type} is wider than the emulator's 64-bit raw codes");

    /// <summary>Throws <see cref="UnsupportedPrecisionException"/> when an exact intermediate would not fit Int128.</summary>
    public static void RequireExact(Node node, FixedType intermediate, string what)
    {
        if (intermediate.Width > MaxExactWidth)
        {
            throw new UnsupportedPrecisionException(
                $"node '{node.Name}' ({node.Op.Kind}): exact {what} needs {intermediate.Width} bits ({intermediate}); the emulator supports up to {MaxExactWidth}");
        }
    }

    /// <summary>Quantizes float constants into <paramref name="type"/> with the emulator's double-to-fixed conversion.</summary>
    public static long[] Quantize(float[] data, FixedType type)
    {
        var raw = ConstantArrays.Allocate<long>(data.Length); // kept with the plan as long as the model
        for (var i = 0; i < raw.Length; i++) raw[i] = Quantize(data[i], type);
        return raw;
    }

    /// <summary>One float constant quantized as <see cref="Quantize(float[], FixedType)"/> quantizes each element.</summary>
    public static long Quantize(float value, FixedType type) => FixedMath.FromSingle(value, type, out _);

    /// <summary>True when any of <paramref name="types"/> is set and wider than 64-bit raw codes.</summary>
    public static bool AnyWide(params FixedType?[] types) => types.Any(t => t is { FitsInt64: false });

    /// <summary>Quantizes float constants into a type of any width, exactly as <see cref="Quantize(float[], FixedType)"/>.</summary>
    public static BigInteger[] QuantizeWide(float[] data, FixedType type)
    {
        var codes = new BigInteger[data.Length];
        for (var i = 0; i < codes.Length; i++) codes[i] = FixedMath.FromDoubleBig(data[i], type, out _);
        return codes;
    }
}
