namespace Hls4Net.Backends.Vitis.Project;

/// <summary>One parameter of the top function's signature, with the separator that follows it ("," or "").</summary>
public sealed record PortParameterModel(string TypeName, string Var, string SizeMacro, string Separator, string Description);
