namespace Hls4Net.Backends.Vitis.Project;

/// <summary>
/// The view of one firmware/weights/&lt;name&gt;.h file. When <see cref="FromFile"/>, C simulation builds declare the
/// array uninitialized and load it from firmware/weights/<see cref="TextFileName"/> (the same <see cref="Lines"/>), while
/// synthesis keeps the initializer; otherwise the initializer is used everywhere.
/// </summary>
public sealed record WeightHeaderModel(
    string Name,
    string FileName,
    string Guard,
    string TypeName,
    string TypeSpelling,
    int Count,
    WeightLines Lines,
    bool FromFile,
    string TextFileName);
