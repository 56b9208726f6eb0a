using Hls4Net.Core.Ir;
using Hls4Net.Frontends.Keras.Hdf5;

namespace Hls4Net.Frontends.Keras;

/// <summary>
/// Reads layer weights from an HDF5 file in Keras 2 layout (<c>/&lt;layer&gt;</c> with a <c>weight_names</c>
/// attribute, under <c>/model_weights</c> for a full-model file; a nested model's layers inside the nested model's group)
/// or Keras 3 layout (<c>/layers/&lt;snake_case class&gt;[_k]/vars/0..n</c>, see <see cref="KerasWeightLocation"/>;
/// files whose groups are named after the layers, and Keras 2.13's <c>_layer_checkpoint_dependencies</c>, are read too).
/// A Keras 3 layer's sub-objects (e.g. the batch norm inside QConv2DBatchnorm) follow its own variables, in Keras' order.
/// </summary>
public sealed class H5WeightSource : IKerasWeightSource
{
    private readonly Hdf5File _file;
    private readonly string _root;
    private readonly bool _keras3;

    private readonly Dictionary<string, KerasWeightLocation> _locations = new(StringComparer.Ordinal);

    public H5WeightSource(Hdf5File file, KerasModelDescription? model = null)
    {
        _file = file;
        foreach (var layer in model?.Layers ?? [])
        {
            if (layer.Location is { } location) _locations[layer.Name] = location;
        }
        _keras3 = file.IsGroup("/layers") || file.IsGroup("/_layer_checkpoint_dependencies");
        _root = !_keras3 && file.IsGroup("/model_weights") ? "/model_weights" : "";
    }

    public IReadOnlyList<KerasWeight> For(string layerName) => _keras3 ? Keras3(layerName) : Keras2(layerName);

    private List<KerasWeight> Keras2(string layerName)
    {
        var location = _locations.GetValueOrDefault(layerName);
        var group = $"{_root}/{location?.Keras2Group ?? layerName}";
        if (!_file.IsGroup(group)) return [];
        var names = _file.ReadStringAttribute(group, "weight_names") ?? [];
        if (location?.Keras2Owner is { } owner) names = names.Where(n => OwnedBy(n, owner)).ToArray();
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
        var location = _locations.GetValueOrDefault(layerName);
        var stored = location?.StoredName ?? layerName;
        var candidates = new List<string>();
        if (location is not null)
        {
            candidates.Add($"/{location.Keras3Path}");
            candidates.Add($"/{location.Keras3Path.Replace("layers", "_layer_checkpoint_dependencies", StringComparison.Ordinal)}");
        }
        candidates.Add($"/layers/{stored}");
        candidates.Add($"/_layer_checkpoint_dependencies/{stored}");
        var path = candidates.FirstOrDefault(p => _file.IsGroup($"{p}/vars"));
        if (path is null) return [];
        var weights = new List<KerasWeight>();
        Collect(path, weights);
        return weights;
    }

    /// <summary>A Keras 3 object's own variables, then its sub-objects' (public attributes first, each alphabetically).</summary>
    private void Collect(string path, List<KerasWeight> weights)
    {
        var vars = $"{path}/vars";
        if (_file.IsGroup(vars))
        {
            var indices = _file.Children(vars).Select(n => int.TryParse(n, out var i) ? i : -1).Where(i => i >= 0).Order();
            weights.AddRange(indices.Select(i => new KerasWeight(null, Read($"{vars}/{i}"))));
        }
        var children = _file.Children(path).Where(c => c != "vars" && _file.IsGroup($"{path}/{c}"))
            .OrderBy(c => c.StartsWith('_') ? "~" + c : c, StringComparer.Ordinal);
        foreach (var child in children) Collect($"{path}/{child}", weights);
    }

    /// <summary>"sequential/dense_1/kernel:0" and "dense_1/kernel:0" belong to layer "dense_1".</summary>
    private static bool OwnedBy(string weightName, string owner)
    {
        var parts = weightName.Split('/');
        return parts.Length >= 2 && parts[^2] == owner;
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
