namespace Hls4Net.Backends.Vitis.Project;

/// <summary>One argument of the top function (a graph input or output), as seen by the templates.</summary>
public sealed record PortModel(
    int Number,
    string Var,
    string TypeName,
    string SizeMacro,
    int Size,
    string Description)
{
    /// <summary>io_stream: values per stream element (<see cref="StreamPacking.PackSize"/>).</summary>
    public int PackSize { get; init; } = 1;

    /// <summary>io_stream: stream elements per sample.</summary>
    public int Elements { get; init; } = 1;
}
