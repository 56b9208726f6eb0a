using System.Globalization;

namespace Hls4Net.Nas.Space;

/// <summary>One convolution block of an architecture: filters, kernel size (square in 2D) and pooling.</summary>
public sealed record ConvBlockChoice(int Filters, int Kernel, PoolChoice Pool)
{
    /// <summary><c>c8k3max2</c>, <c>c16k5</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"c{Filters}k{Kernel}") + (Pool.IsNone ? "" : Pool.ToString());
}
