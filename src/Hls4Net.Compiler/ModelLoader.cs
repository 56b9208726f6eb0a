using Hls4Net.Core.Ir;
using Hls4Net.Frontends;
using Hls4Net.Frontends.Keras;
using Hls4Net.Frontends.Onnx;
using Hls4Net.Frontends.XGBoost;

namespace Hls4Net;

/// <summary>Picks the frontend by file extension: .onnx (ONNX), .json + weights / .h5 / .keras (Keras); a .json whose root has a <c>learner</c> member is XGBoost's.</summary>
public sealed class ModelLoader
{
    public Graph Load(string modelPath, string? weightsPath = null)
    {
        if (!File.Exists(modelPath)) throw new ModelLoadException($"model file not found: '{modelPath}'");
        var ext = Path.GetExtension(modelPath).ToLowerInvariant();
        return ext switch
        {
            ".onnx" => new OnnxImporter().Import(modelPath),
            ".json" when XGBoostImporter.IsXGBoostJson(modelPath) => new XGBoostImporter().Import(modelPath),
            ".json" or ".h5" or ".hdf5" or ".keras" => new KerasImporter().Import(modelPath, weightsPath),
            _ => throw new ModelLoadException($"'{Path.GetFileName(modelPath)}': unknown model format '{ext}' (expected .onnx, .json + .h5, .h5 or .keras)"),
        };
    }
}
