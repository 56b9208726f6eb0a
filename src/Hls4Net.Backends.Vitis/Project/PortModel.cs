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

    /// <summary>Outputs wider than a double's 53 bits: the testbench prints the exact raw code (see <see cref="ExactOutput"/>).</summary>
    public bool Exact { get; init; }

    /// <summary>With <see cref="Exact"/>: the type's fraction bits (W - I) and signedness, as C++ literals.</summary>
    public int FracBits { get; init; }

    public string Signed { get; init; } = "true";
}
