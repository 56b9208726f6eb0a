namespace Hls4Net.Core.Config;

/// <summary>A setting's effective value and where it came from (a section path, "model quantizer" or "built-in default").</summary>
public sealed record ResolvedSetting<T>(T Value, string Source)
{
    /// <summary>True when the value came from a LayerName or LayerType section.</summary>
    public bool IsLayerSpecific => Source.StartsWith("HLSConfig.LayerName.", StringComparison.Ordinal)
        || Source.StartsWith("HLSConfig.LayerType.", StringComparison.Ordinal);
}
