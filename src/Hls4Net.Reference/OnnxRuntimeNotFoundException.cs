namespace Hls4Net.Reference;

/// <summary>The native ONNX Runtime library could not be located or fetched; the message says how to fix it.</summary>
public sealed class OnnxRuntimeNotFoundException : Exception
{
    public OnnxRuntimeNotFoundException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
