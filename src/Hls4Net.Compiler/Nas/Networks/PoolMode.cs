namespace Hls4Net.Nas;

/// <summary>What a pooling layer computes over each window.</summary>
public enum PoolMode
{
    /// <summary>The maximum (the first maximal element in row-major window order routes the gradient).</summary>
    Max,

    /// <summary>The mean.</summary>
    Average,
}
