namespace Hls4Net.Nas.Space;

/// <summary>
/// One architecture of a space: its convolution blocks (none for an MLP), hidden dense widths and hidden activation.
/// <see cref="Index"/> is its position in the space's enumeration (<see cref="NasEnumerator"/>), so it is found again
/// from the space alone.
/// </summary>
public sealed record NasArchitecture(long Index, IReadOnlyList<ConvBlockChoice> Blocks, IReadOnlyList<int> DenseWidths, string Activation)
{
    /// <summary>
    /// A name made of letters, digits and '-' only (a file name): the blocks, the dense widths and the activation,
    /// e.g. <c>d64-32-32-relu</c> or <c>c8k3max2-c16k5-d32-relu</c>.
    /// </summary>
    public string Id
    {
        get
        {
            var parts = Blocks.Select(b => b.ToString()).ToList();
            if (DenseWidths.Count > 0) parts.Add("d" + string.Join("-", DenseWidths));
            parts.Add(Activation);
            return string.Join("-", parts);
        }
    }

    /// <summary>A readable description: <c>Conv(8,k3)+max2 → Dense(64) → Dense(32) | relu</c>.</summary>
    public string Describe() =>
        string.Join(" > ", Blocks.Select(b => $"conv({b.Filters},k{b.Kernel}){(b.Pool.IsNone ? "" : "+" + b.Pool)}")
            .Concat(DenseWidths.Select(w => $"dense({w})"))
            .DefaultIfEmpty("linear")) + $" | {Activation}";
}
