using Serilog;

namespace Hls4Net.Verification;

/// <summary>
/// Chooses the float reference: choice "auto" (default) is ONNX Runtime for .onnx models and the
/// emulator's float mode otherwise, and for QONNX models (whose quantizers the float mode implements);
/// "onnxruntime" and "emulator" force one.
/// </summary>
public static class FloatReference
{
    public static IFloatReference For(HlsDesign model, ILogger log, string choice = "auto")
    {
        var onnx = Path.GetExtension(model.ModelPath).Equals(".onnx", StringComparison.OrdinalIgnoreCase);
        if (choice == "onnxruntime" && !onnx) throw new VerifyException($"--float-reference onnxruntime needs an .onnx model; '{Path.GetFileName(model.ModelPath)}' is not one");
        // ONNX Runtime cannot run QONNX's custom quantizers; the emulator's float mode implements them.
        var qonnx = model.Graph.Nodes.Any(n => n.Annotations.TryGet(Core.Ir.ImportHints.Quantizer, out var q) && q.Dialect == "QONNX");
        if (choice == "onnxruntime" && qonnx) throw new VerifyException($"ONNX Runtime cannot run the QONNX quantizers of '{Path.GetFileName(model.ModelPath)}'; use --float-reference emulator or auto");
        return onnx && choice != "emulator" && !qonnx
            ? new OnnxFloatReference(model.ModelPath, model.Graph, log: log)
            : new EmulatorFloatReference(model.Graph, why: qonnx && choice != "emulator" ? "it runs the QONNX quantizers, which ONNX Runtime cannot" : null);
    }
}
