using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Backends.Vitis.Emitters;

namespace Hls4Net.Backends.Vitis.Project;

/// <summary>
/// Turns a <see cref="WeightArray"/> into the view of its header: exact initializers, 16 per line (<see cref="WeightLines"/>,
/// made when the header is written). Arrays whose values
/// are all plain double literals (types of at most <see cref="CppLiteral.DoubleMantissaBits"/> bits) are loaded from a
/// text file in C simulation (see <see cref="WeightHeaderModel.FromFile"/>); wider ones keep their initializers.
/// </summary>
public static class WeightHeaderWriter
{
    /// <summary>The header view of <paramref name="w"/>.</summary>
    /// <exception cref="VitisBackendException">The array is empty or a raw code does not fit its type.</exception>
    public static WeightHeaderModel Model(WeightArray w)
    {
        if (w.Length == 0) throw new VitisBackendException($"weight array '{w.Name}' is empty");
        var min = w.Type.MinRaw;
        var max = w.Type.MaxRaw;
        var fromFile = w.Type.Width <= CppLiteral.DoubleMantissaBits;
        for (var i = 0; i < w.Length; i++)
        {
            var raw = w.At(i);
            if (raw < min || raw > max)
            {
                throw new VitisBackendException($"weight array '{w.Name}': raw value {raw} at index {i} does not fit {w.Type}");
            }
            fromFile &= CppLiteral.IsExactDouble(raw, w.Type.FracBits);
        }
        return new WeightHeaderModel(w.Name, w.Name + ".h", "HLS4NET_WEIGHTS_" + w.Name.ToUpperInvariant() + "_H_",
            w.TypeName, w.Type.ToString(), w.Length, new WeightLines(w), fromFile, w.Name + ".txt");
    }

    /// <summary>
    /// The text file C simulation loads for <paramref name="header"/> (only when <see cref="WeightHeaderModel.FromFile"/>):
    /// the header's literals, 16 per line, separated by ", ", each line ending in '\n'; written line by line.
    /// </summary>
    public static void WriteTextFile(WeightHeaderModel header, TextWriter output) => header.Lines.WriteTo(output);
}
