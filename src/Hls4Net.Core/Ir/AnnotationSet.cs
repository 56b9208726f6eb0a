namespace Hls4Net.Core.Ir;

/// <summary>Typed side data on a node, keyed by <see cref="DataKey{T}"/> instances (never strings).</summary>
public sealed class AnnotationSet
{
    private readonly Dictionary<object, object> _items = new(ReferenceEqualityComparer.Instance);

    public void Set<T>(DataKey<T> key, T value) where T : notnull => _items[key] = value;

    public bool TryGet<T>(DataKey<T> key, out T value) where T : notnull
    {
        if (_items.TryGetValue(key, out var v))
        {
            value = (T)v;
            return true;
        }
        value = default!;
        return false;
    }

    public T Get<T>(DataKey<T> key) where T : notnull =>
        TryGet(key, out var v) ? v : throw new KeyNotFoundException($"annotation '{key}' is not set");

    public bool Remove<T>(DataKey<T> key) where T : notnull => _items.Remove(key);

    /// <summary>Copy every entry into <paramref name="target"/> (values are shared: annotations hold immutable data).</summary>
    internal void CopyTo(AnnotationSet target)
    {
        foreach (var (key, value) in _items) target._items[key] = value;
    }
}
