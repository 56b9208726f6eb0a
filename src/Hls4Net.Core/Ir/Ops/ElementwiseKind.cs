namespace Hls4Net.Core.Ir.Ops;

/// <summary>Element-wise merge of equally shaped activation tensors.</summary>
public enum ElementwiseKind
{
    Add,

    /// <summary>First input minus the second (exactly two inputs).</summary>
    Sub,
    Mul,

    /// <summary>Exact sum times the quantized reciprocal of the input count.</summary>
    Average,
    Max,
    Min,
}
