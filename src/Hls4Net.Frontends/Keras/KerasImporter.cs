using System.IO.Compression;
using Hls4Net.Core.Ir;
using Hls4Net.Frontends.Keras.Hdf5;

namespace Hls4Net.Frontends.Keras;

/// <summary>
/// Imports Keras models without Python: <c>model.json</c> + weights <c>.h5</c>, a full-model <c>.h5</c>
/// (<c>model_config</c> attribute + <c>/model_weights</c>), or a Keras 3 <c>.keras</c> archive.
/// </summary>
public sealed class KerasImporter
{
    private readonly KerasGraphBuilder _builder;

    public KerasImporter(KerasGraphBuilder? builder = null) => _builder = builder ?? KerasGraphBuilder.CreateDefault();

    /// <summary>Import from a model file and, for a JSON description, its weights file.</summary>
    public Graph Import(string modelPath, string? weightsPath = null)
    {
        if (!File.Exists(modelPath)) throw new ModelLoadException($"model file not found: '{modelPath}'");
        var name = Path.GetFileName(modelPath);
        var ext = Path.GetExtension(modelPath).ToLowerInvariant();
        return ext switch
        {
            ".json" => FromJson(modelPath, weightsPath ?? throw new ModelLoadException($"'{name}' holds no weights: pass the weights file too (--weights model_weights.h5)")),
            ".h5" or ".hdf5" => FromFullH5(modelPath),
            ".keras" => FromArchive(modelPath),
            _ => throw new ModelLoadException($"'{name}': not a Keras model file (.json + .h5, .h5 or .keras expected)"),
        };
    }

    private Graph FromJson(string jsonPath, string weightsPath)
    {
        var model = new KerasJsonReader().Read(File.ReadAllText(jsonPath), Path.GetFileName(jsonPath));
        using var h5 = OpenH5(weightsPath);
        return _builder.Build(model, new H5WeightSource(h5, model), Path.GetFileName(jsonPath), Path.GetFileName(weightsPath));
    }

    private Graph FromFullH5(string path)
    {
        using var h5 = OpenH5(path);
        var config = h5.ReadStringAttribute("/", "model_config");
        if (config is not { Length: 1 })
        {
            throw new ModelLoadException($"'{Path.GetFileName(path)}' has no model_config: it looks like a weights-only file; pass the model JSON with it");
        }
        var model = new KerasJsonReader().Read(config[0], Path.GetFileName(path));
        return _builder.Build(model, new H5WeightSource(h5, model), Path.GetFileName(path));
    }

    private Graph FromArchive(string path)
    {
        var name = Path.GetFileName(path);
        var temp = Path.Combine(Path.GetTempPath(), $"hls4net-keras-{Guid.NewGuid():N}.h5");
        try
        {
            string json;
            try
            {
                using var zip = ZipFile.OpenRead(path);
                var config = zip.GetEntry("config.json") ?? throw new ModelLoadException($"'{name}' is not a Keras 3 archive: config.json is missing");
                var weights = zip.GetEntry("model.weights.h5") ?? throw new ModelLoadException($"'{name}' is not a Keras 3 archive: model.weights.h5 is missing");
                using (var reader = new StreamReader(config.Open())) json = reader.ReadToEnd();
                weights.ExtractToFile(temp);
            }
            catch (InvalidDataException e)
            {
                throw new ModelLoadException($"'{name}' is not a readable .keras (zip) archive: {e.Message}");
            }
            var model = new KerasJsonReader().Read(json, name);
            try
            {
                using var h5 = OpenH5(temp);
                return _builder.Build(model, new H5WeightSource(h5, model), name);
            }
            catch (Exception e) when (e is Hdf5Exception or ModelLoadException && e.Message.Contains(Path.GetFileName(temp), StringComparison.Ordinal))
            {
                // Name the weights inside the archive, not the temporary file they were extracted to.
                var inner = $"{name}:model.weights.h5";
                throw new ModelLoadException(e.Message.Replace(temp, inner, StringComparison.Ordinal).Replace(Path.GetFileName(temp), inner, StringComparison.Ordinal), e);
            }
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static Hdf5File OpenH5(string path)
    {
        try
        {
            return Hdf5File.Open(path);
        }
        catch (Hdf5Exception e)
        {
            throw new ModelLoadException(e.Message, e);
        }
    }
}
