using Serilog;

namespace Hls4Net.Verification;

/// <summary>
/// Chooses the float reference: choice "auto" (default) is ONNX Runtime for .onnx models and the
/// emulator's float mode otherwise; "onnxruntime" and "emulator" force one.
/// </summary>
public static class FloatReference
{
    public static IFloatReference For(HlsDesign model, ILogger log, string choice = "auto")
    {
        var onnx = Path.GetExtension(model.ModelPath).Equals(".onnx", StringComparison.OrdinalIgnoreCase);
        if (choice == "onnxruntime" && !onnx) throw new VerifyException($"--float-reference onnxruntime needs an .onnx model; '{Path.GetFileName(model.ModelPath)}' is not one");
        return onnx && choice != "emulator"
            ? new OnnxFloatReference(model.ModelPath, model.Graph, log: log)
            : new EmulatorFloatReference(model.Graph);
    }
}
