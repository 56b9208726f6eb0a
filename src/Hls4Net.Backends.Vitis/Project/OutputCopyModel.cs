namespace Hls4Net.Backends.Vitis.Project;

/// <summary>A copy of an internal array into an output port (when the producer cannot write the port directly).</summary>
public sealed record OutputCopyModel(string PortVar, string SourceVar, string SizeMacro);
