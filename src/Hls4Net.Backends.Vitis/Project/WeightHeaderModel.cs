namespace Hls4Net.Backends.Vitis.Project;

/// <summary>The view of one firmware/weights/&lt;name&gt;.h file.</summary>
public sealed record WeightHeaderModel(
    string Name,
    string FileName,
    string Guard,
    string TypeName,
    string TypeSpelling,
    int Count,
    IReadOnlyList<string> Lines);
