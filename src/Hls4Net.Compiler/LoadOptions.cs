using Serilog;

namespace Hls4Net;

/// <summary>How <see cref="HlsModel.Load"/> imports a model.</summary>
public sealed record LoadOptions
{
    /// <summary>The Keras weights file (.h5) of a Keras <c>.json</c> model; null for the other formats.</summary>
    public string? WeightsPath { get; init; }

    /// <summary>Where the import, the passes and every later step of the model's designs log; null logs nothing.</summary>
    public ILogger? Log { get; init; }

    /// <summary>Check the graph's invariants before the first pass and after every pass (tests turn this on).</summary>
    public bool VerifyPasses { get; init; }
}
