using Hls4Net.Core.Data;
using Hls4Net.Nas.Space;

namespace Hls4Net.Nas.Search;

/// <summary>The one batch every proxy sees: the first rows of the user's data, or seeded N(0,1) rows (channels first, as the ONNX input).</summary>
public sealed record NasBatch(ProxyBatch Batch, string Source)
{
    /// <summary>The batch of <paramref name="settings"/> for <paramref name="space"/>'s input.</summary>
    /// <exception cref="InputDataException">The data rows do not have the input's width.</exception>
    public static NasBatch For(NasSpace space, NasSettings settings)
    {
        if (settings.BatchSize < 1) throw new UsageException($"the batch size must be at least 1, got {settings.BatchSize}");
        var width = space.InputShape.Aggregate(1, (a, d) => a * d);
        if (settings.Data is { } data)
        {
            if (data.Count == 0) throw new InputDataException($"{data.Source}: no samples");
            data.ExpectWidth(width, $"the space's input [{string.Join(", ", space.InputShape)}]");
            var rows = data.Rows.Take(settings.BatchSize).ToList();
            return new NasBatch(new ProxyBatch(space.InputShape, rows.SelectMany(r => r).ToArray()), $"{Path.GetFileName(data.Source)} (first {rows.Count} samples)");
        }
        return new NasBatch(ProxyBatch.Gaussian(space.InputShape, settings.BatchSize, settings.Seed),
            $"{settings.BatchSize} seeded N(0,1) samples (seed {settings.Seed})");
    }
}
