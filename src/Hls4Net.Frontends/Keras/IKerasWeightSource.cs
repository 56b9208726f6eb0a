namespace Hls4Net.Frontends.Keras;

/// <summary>Where a layer's weights come from (an H5 file in one of the Keras layouts).</summary>
public interface IKerasWeightSource
{
    /// <summary>The layer's weights in stored order (empty for layers without weights).</summary>
    IReadOnlyList<KerasWeight> For(string layerName);
}
