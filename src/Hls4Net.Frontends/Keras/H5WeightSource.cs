using Hls4Net.Core.Ir;
using Hls4Net.Frontends.Keras.Hdf5;

namespace Hls4Net.Frontends.Keras;

/// <summary>
/// Reads layer weights from an HDF5 file in Keras 2 layout (<c>/&lt;layer&gt;</c> with a <c>weight_names</c>
/// attribute, under <c>/model_weights</c> for a full-model file) or Keras 3 layout (<c>/layers/&lt;layer&gt;/vars/0..n</c>).
/// </summary>
public sealed class H5WeightSource : IKerasWeightSource
{
    private readonly Hdf5File _file;
    private readonly string _root;
    private readonly bool _keras3;

    public H5WeightSource(Hdf5File file)
    {
        _file = file;
        _keras3 = file.IsGroup("/layers") || file.IsGroup("/_layer_checkpoint_dependencies");
        _root = !_keras3 && file.IsGroup("/model_weights") ? "/model_weights" : "";
    }

    public IReadOnlyList<KerasWeight> For(string layerName) => _keras3 ? Keras3(layerName) : Keras2(layerName);

    private List<KerasWeight> Keras2(string layerName)
    {
        var group = $"{_root}/{layerName}";
        if (!_file.IsGroup(group)) return [];
        var names = _file.ReadStringAttribute(group, "weight_names") ?? [];
        var weights = new List<KerasWeight>();
        foreach (var full in names)
        {
            var path = $"{group}/{full}";
            if (!_file.IsDataset(path)) throw new ModelLoadException($"'{Path.GetFileName(_file.Path)}': weight '{full}' of layer '{layerName}' is missing");
            weights.Add(new KerasWeight(ShortName(full), Read(path)));
        }
        return weights;
    }

    private List<KerasWeight> Keras3(string layerName)
    {
        var vars = new[] { $"/layers/{layerName}/vars", $"/_layer_checkpoint_dependencies/{layerName}/vars" }.FirstOrDefault(_file.IsGroup);
        if (vars is null) return [];
        var indices = _file.Children(vars).Select(n => int.TryParse(n, out var i) ? i : -1).Where(i => i >= 0).Order();
        return indices.Select(i => new KerasWeight(null, Read($"{vars}/{i}"))).ToList();
    }

    private ConstTensor Read(string path)
    {
        var data = _file.ReadFloats(path, out var dims);
        if (dims.Contains(0))
        {
            throw new ModelLoadException($"'{Path.GetFileName(_file.Path)}': weight '{path}' is empty (shape [{string.Join(",", dims)}])");
        }
        return new ConstTensor(new Shape(dims.Length == 0 ? [1] : dims), data);
    }

    /// <summary>"fc1/kernel:0" → "kernel"; "model/bn/moving_mean:0" → "moving_mean".</summary>
    private static string ShortName(string full)
    {
        var last = full[(full.LastIndexOf('/') + 1)..];
        var colon = last.IndexOf(':');
        return colon < 0 ? last : last[..colon];
    }
}
