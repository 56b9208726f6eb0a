namespace Hls4Net.Core.Data;

/// <summary>Reads a sample file by extension: .npy as NumPy, anything else as CSV / whitespace text.</summary>
public sealed class SampleSetReader
{
    public SampleSet Read(string path) =>
        path.EndsWith(".npy", StringComparison.OrdinalIgnoreCase) ? new NpySampleReader().Read(path) : new CsvSampleReader().Read(path);
}
