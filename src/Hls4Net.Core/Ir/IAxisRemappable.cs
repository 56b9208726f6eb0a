namespace Hls4Net.Core.Ir;

/// <summary>An op with axis attributes that can run on inputs whose axes are permuted (e.g. Concatenate's axis).</summary>
public interface IAxisRemappable
{
    /// <summary>The same op for inputs x with y axis i = x axis <paramref name="perm"/>[i], where it used to read y.</summary>
    Op WithAxesPermuted(IReadOnlyList<int> perm);
}
