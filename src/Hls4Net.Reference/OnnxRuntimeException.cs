namespace Hls4Net.Reference;

/// <summary>An ONNX Runtime call returned a non-null <c>OrtStatus</c>; carries ORT's code and message.</summary>
public sealed class OnnxRuntimeException : Hls4NetException
{
    public OnnxRuntimeException(OnnxRuntimeErrorCode code, string ortMessage, string operation)
        : base(Hls4NetErrorCategory.ToolFailure, $"ONNX Runtime {operation} failed ({code}): {OneLine(ortMessage)}")
    {
        Code = code;
        OrtMessage = ortMessage;
        Operation = operation;
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>ORT's error code.</summary>
    public OnnxRuntimeErrorCode Code { get; }

    /// <summary>The message exactly as ORT's <c>GetErrorMessage</c> returned it.</summary>
    public string OrtMessage { get; }

    /// <summary>The C API function that failed, e.g. <c>CreateSessionFromArray</c>.</summary>
    public string Operation { get; }
}
