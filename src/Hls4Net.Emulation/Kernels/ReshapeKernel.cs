using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Wide;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Flatten, Reshape and Identity: the row-major elements are unchanged; raw codes are copied when the result type
/// equals the input type, otherwise each element is stored into the result type (nnet::copy_cast).
/// </summary>
public sealed class ReshapeKernel : IKernel
{
    /// <summary>A kernel for one of <see cref="FlattenOp"/>, <see cref="ReshapeOp"/> or <see cref="IdentityOp"/>.</summary>
    public ReshapeKernel(Type opType)
    {
        if (opType != typeof(FlattenOp) && opType != typeof(ReshapeOp) && opType != typeof(IdentityOp))
        {
            throw new ArgumentException($"ReshapeKernel handles Flatten, Reshape and Identity, not {opType.Name}");
        }
        OpType = opType;
    }

    public Type OpType { get; }

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) => Run(node, inputs, overflow, share: false);

    /// <summary>
    /// With recycled buffers, an unchanged type shares the input's array instead of copying it: no kernel writes into
    /// its inputs, and the interpreter gives a shared array back only once no live value holds it.
    /// </summary>
    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers buffers) => Run(node, inputs, overflow, share: true);

    private FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, bool share)
    {
        var input = inputs[0];
        var tr = node.Output.Type ?? input.Type;
        if (input.Wide is { } wide && tr == input.Type) return new FixedTensor(tr, node.Output.Shape, input.Batch, (System.Numerics.BigInteger[])wide.Clone());
        if (input.IsWide || !tr.FitsInt64) return WideRaw.Cast(input, tr, node.Output.Shape, overflow);
        if (tr == input.Type) return new FixedTensor(tr, node.Output.Shape, input.Batch, share ? input.Raw : (long[])input.Raw.Clone());
        LayerTypes.Fast(node, tr, "result");
        var output = new long[input.Raw.Length];
        long overflows = 0;
        int f = input.Type.FracBits;
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = FixedMath.Convert(input.Raw[i], f, tr, out var o);
            if (o) overflows++;
        }
        overflow.Add(output.Length, overflows);
        return new FixedTensor(tr, node.Output.Shape, input.Batch, output);
    }
}
