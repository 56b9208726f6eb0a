namespace Hls4Net.Backends.Vitis.Project;

/// <summary>A name/value pair for a template line (a #define or a typedef).</summary>
public sealed record NamedValueModel(string Name, string Value);
