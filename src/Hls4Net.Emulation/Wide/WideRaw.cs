using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Emulation.Wide;

/// <summary>
/// Helpers of the emulator's wide path: exact BigInteger arithmetic for layers whose types (or exact intermediates)
/// do not fit the 64-bit/Int128 fast path. Every store goes through <see cref="FixedMath.Convert(BigInteger, int, FixedType, out bool)"/>,
/// the definition of the conversion, so the wide path gives the same bits as the fast one wherever both apply.
/// </summary>
public static class WideRaw
{
    /// <summary>Widest exact intermediate the fast kernels accept (Int128 with headroom).</summary>
    public const int FastExactWidth = 126;


    /// <summary>A tensor of <paramref name="type"/> from exact codes already in its range: long codes when they fit, else BigInteger.</summary>
    public static FixedTensor Tensor(FixedType type, Shape shape, int batch, BigInteger[] codes)
    {
        if (!type.FitsInt64) return new FixedTensor(type, shape, batch, codes);
        var raw = new long[codes.Length];
        for (var i = 0; i < raw.Length; i++) raw[i] = (long)codes[i];
        return new FixedTensor(type, shape, batch, raw);
    }

    /// <summary>Quantizes graph-input doubles into a type of any width (C++ <c>input_t x = (double)v;</c>).</summary>
    public static FixedTensor Quantize(FixedType type, Shape shape, int batch, double[] data, OverflowCounter counter)
    {
        var codes = new BigInteger[data.Length];
        long overflows = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = FixedMath.FromDoubleBig(data[i], type, out var o);
            if (o) overflows++;
        }
        counter.Add(codes.Length, overflows);
        return Tensor(type, shape, batch, codes);
    }


    /// <summary>Sign of a*2^-fa - b*2^-fb, exactly.</summary>
    public static int Compare(BigInteger a, int fa, BigInteger b, int fb)
    {
        int f = Math.Max(fa, fb);
        return (a << (f - fa)).CompareTo(b << (f - fb));
    }

    /// <summary>Stores every code of <paramref name="input"/> into <paramref name="to"/> (nnet::copy_cast), counting overflows.</summary>
    public static FixedTensor Cast(FixedTensor input, FixedType to, Shape shape, OverflowCounter overflow)
    {
        var codes = new BigInteger[input.Length];
        long overflows = 0;
        int f = input.Type.FracBits;
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = FixedMath.Convert(input.At(i), f, to, out var o);
            if (o) overflows++;
        }
        overflow.Add(codes.Length, overflows);
        return Tensor(to, shape, input.Batch, codes);
    }

    /// <summary>
    /// Data movement on the wide path: output element i of each sample is element <c>map[i].Index</c> of input
    /// <c>map[i].Input</c> stored into res_t, or zero where the index is -1 (one counted store per element, as the fast kernels).
    /// </summary>
    public static FixedTensor Gather(Node node, IReadOnlyList<FixedTensor> inputs, (int Input, int Index)[] map, OverflowCounter overflow)
    {
        var result = node.Output.Type ?? throw new GraphException($"node '{node.Name}': result type not assigned");
        int n = map.Length, batch = inputs[0].Batch;
        var codes = new BigInteger[batch * n];
        for (var s = 0; s < batch; s++)
        {
            for (var i = 0; i < n; i++)
            {
                var (k, j) = map[i];
                bool o = false;
                if (j >= 0) codes[s * n + i] = FixedMath.Convert(inputs[k].At(s * inputs[k].SampleSize + j), inputs[k].Type.FracBits, result, out o);
                overflow.Record(o);
            }
        }
        return Tensor(result, node.Output.Shape, batch, codes);
    }

    /// <summary>True when a data-movement node needs the wide path (a wide input or result).</summary>
    public static bool Needed(Node node, IReadOnlyList<FixedTensor> inputs) =>
        inputs.Any(t => t.IsWide) || node.Output.Type is { FitsInt64: false };
}
