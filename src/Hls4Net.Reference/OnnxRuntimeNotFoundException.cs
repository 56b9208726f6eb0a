namespace Hls4Net.Reference;

/// <summary>The native ONNX Runtime library could not be located or fetched; the message says how to fix it.</summary>
public sealed class OnnxRuntimeNotFoundException : Hls4NetException
{
    public OnnxRuntimeNotFoundException(string message, Exception? inner = null)
        : base(Hls4NetErrorCategory.MissingDependency, message, inner)
    {
    }
}
