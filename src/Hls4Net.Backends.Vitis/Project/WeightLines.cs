using System.Collections;
using System.Text;
using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Backends.Vitis.Emitters;

namespace Hls4Net.Backends.Vitis.Project;

/// <summary>
/// The initializer lines of a weight header (<see cref="PerLine"/> exact literals each, ", " between them, a ',' after
/// every line but the last), made from the raw codes each time they are read and never kept: a project of a million
/// weights would otherwise hold tens of MB of strings until it is written.
/// </summary>
public sealed class WeightLines : IReadOnlyList<string>
{
    /// <summary>Literals per line.</summary>
    public const int PerLine = 16;

    private readonly WeightArray _array;

    public WeightLines(WeightArray array) => _array = array;

    public int Count => (_array.Length + PerLine - 1) / PerLine;

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return AppendLine(new StringBuilder(PerLine * 16), index).ToString();
        }
    }

    /// <summary>Append line <paramref name="index"/> to <paramref name="sb"/> (no string per literal).</summary>
    private StringBuilder AppendLine(StringBuilder sb, int index)
    {
        var start = index * PerLine;
        var end = Math.Min(start + PerLine, _array.Length);
        var fracBits = _array.Type.FracBits;
        for (var i = start; i < end; i++)
        {
            if (i > start) sb.Append(", ");
            if (_array.Wide is { } wide) CppLiteral.AppendFixedInitializer(sb, _array.TypeName, wide[i], fracBits);
            else CppLiteral.AppendFixedInitializer(sb, _array.TypeName, _array.Code(i), fracBits);
        }
        if (end < _array.Length) sb.Append(',');
        return sb;
    }

    /// <summary>Write every line to <paramref name="output"/>, each followed by '\n', through one reused buffer.</summary>
    public void WriteTo(TextWriter output)
    {
        var sb = new StringBuilder(PerLine * 16);
        for (var i = 0; i < Count; i++)
        {
            output.Write(AppendLine(sb.Clear(), i));
            output.Write('\n');
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
