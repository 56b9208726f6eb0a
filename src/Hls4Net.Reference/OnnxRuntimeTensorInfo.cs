namespace Hls4Net.Reference;

/// <summary>Name, element type and shape of a session input or output; dynamic dimensions are -1.</summary>
public sealed record OnnxRuntimeTensorInfo(string Name, OnnxTensorElementType ElementType, IReadOnlyList<long> Shape);
