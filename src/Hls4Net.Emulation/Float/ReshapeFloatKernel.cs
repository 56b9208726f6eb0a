using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>Float Flatten, Reshape and Identity (one instance per op type): the row-major elements unchanged.</summary>
public sealed class ReshapeFloatKernel : IFloatKernel
{
    /// <summary>A kernel for one of <see cref="FlattenOp"/>, <see cref="ReshapeOp"/> or <see cref="IdentityOp"/>.</summary>
    public ReshapeFloatKernel(Type opType)
    {
        if (opType != typeof(FlattenOp) && opType != typeof(ReshapeOp) && opType != typeof(IdentityOp))
        {
            throw new ArgumentException($"ReshapeFloatKernel handles Flatten, Reshape and Identity, not {opType.Name}");
        }
        OpType = opType;
    }

    public Type OpType { get; }

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch) => (double[])inputs[0].Clone();
}
