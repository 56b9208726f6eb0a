using Hls4Net.Core.Data;

namespace Hls4Net;

/// <summary>How <see cref="HlsDesign.Write"/> writes a project.</summary>
public sealed record WriteOptions
{
    /// <summary>Replace an existing project folder written by Hls4Net (otherwise a non-empty folder is refused).</summary>
    public bool Force { get; init; }

    /// <summary>
    /// Testbench inputs, written to tb_data with the design's emulated outputs as the expected predictions; null writes
    /// the config's <c>InputData</c>/<c>OutputPredictions</c> files, if any.
    /// </summary>
    public SampleSet? TestSamples { get; init; }

    /// <summary>Further files the project is made from (e.g. the file of <see cref="TestSamples"/>): a folder containing one is never replaced.</summary>
    public IReadOnlyList<string?> SourceFiles { get; init; } = [];
}
