namespace Hls4Net.Core.Ir;

/// <summary>A typed key for side data hung on nodes (see <see cref="Node.Annotations"/>).</summary>
public sealed class DataKey<T>
    where T : notnull
{
    public DataKey(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}
