namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>The operator-set domains QONNX quantizers come in (Brevitas exports either, depending on its version).</summary>
internal static class QonnxDomains
{
    public const string Qonnx = "qonnx.custom_op.general";

    public const string Finn = "finn.custom_op.general";

    public static IReadOnlyList<string> All { get; } = [Qonnx, Finn];

    /// <summary>The dialect name <c>inspect</c> shows.</summary>
    public const string Dialect = "QONNX";
}
