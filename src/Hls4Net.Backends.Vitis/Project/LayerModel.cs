namespace Hls4Net.Backends.Vitis.Project;

/// <summary>One layer in the top function, as seen by the templates.</summary>
public sealed record LayerModel(
    int Index,
    string Id,
    string Description,
    string TypeName,
    string Var,
    string SizeMacro,
    int Size,
    bool IsLocal,
    string Call);
