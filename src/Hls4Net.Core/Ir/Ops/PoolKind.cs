namespace Hls4Net.Core.Ir.Ops;

/// <summary>Reduction of a pooling window.</summary>
public enum PoolKind
{
    /// <summary>Largest value of the window (padding never wins).</summary>
    Max,

    /// <summary>Mean of the window (see <see cref="Pool2DOp.CountIncludePad"/> for the divisor).</summary>
    Average,
}
