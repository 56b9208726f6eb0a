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
            var start = index * PerLine;
            var end = Math.Min(start + PerLine, _array.Length);
            var sb = new StringBuilder();
            for (var i = start; i < end; i++)
            {
                if (i > start) sb.Append(", ");
                sb.Append(CppLiteral.FixedInitializer(_array.TypeName, _array.At(i), _array.Type.FracBits));
            }
            if (end < _array.Length) sb.Append(',');
            return sb.ToString();
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
