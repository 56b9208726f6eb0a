using System.Numerics;

namespace Hls4Net.Emulation;

/// <summary>Joins tensors computed on consecutive slices of one batch back into the batch, in slice order.</summary>
internal static class BatchConcat
{
    /// <summary>The tensors of <paramref name="parts"/> (same type and shape, consecutive batch slices) as one batch.</summary>
    public static FixedTensor Join(IReadOnlyList<FixedTensor> parts)
    {
        if (parts.Count == 1) return parts[0];
        var first = parts[0];
        var batch = 0;
        foreach (var p in parts)
        {
            if (p.Type != first.Type || !p.Shape.Equals(first.Shape) || p.IsWide != first.IsWide)
                throw new InvalidOperationException($"batch slices disagree: {p.Type} [{p.Shape}] vs {first.Type} [{first.Shape}]");
            batch += p.Batch;
        }
        var offset = 0;
        if (first.IsWide)
        {
            var wide = new BigInteger[(long)batch * first.SampleSize];
            foreach (var p in parts)
            {
                p.Wide!.CopyTo(wide, offset);
                offset += p.Length;
            }
            return new FixedTensor(first.Type, first.Shape, batch, wide);
        }
        var raw = new long[(long)batch * first.SampleSize];
        foreach (var p in parts)
        {
            p.Raw.CopyTo(raw, offset);
            offset += p.Length;
        }
        return new FixedTensor(first.Type, first.Shape, batch, raw);
    }
}
