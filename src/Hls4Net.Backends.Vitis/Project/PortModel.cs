namespace Hls4Net.Backends.Vitis.Project;

/// <summary>One argument of the top function (a graph input or output), as seen by the templates.</summary>
public sealed record PortModel(
    int Number,
    string Var,
    string TypeName,
    string SizeMacro,
    int Size,
    string Description);
