using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Element-wise merges, matching nnet_merge.h: the exact value of a+b+..., a-b, a*b*..., max or min is stored once
/// into res_t; Average is the exact sum times inv_t(1.0/n) (see <see cref="PoolTypes"/>), stored once.
/// </summary>
public sealed class ElementwiseKernel : IKernel
{
    public Type OpType => typeof(ElementwiseOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        if (Wide.WideElementwise.Needed(node, inputs)) return Wide.WideElementwise.Run(node, inputs, overflow);
        var kind = ((ElementwiseOp)node.Op).Operation;
        var result = LayerTypes.Result(node);
        var types = inputs.Select((t, k) => LayerTypes.Fast(node, t.Type, $"input {k}")).ToArray();
        int frac = kind == ElementwiseKind.Mul ? types.Sum(t => t.FracBits) : types.Max(t => t.FracBits);
        int bits = kind switch
        {
            ElementwiseKind.Mul => types.Sum(t => t.Width) + 1,
            _ => types.Max(t => t.IntBits) + (int)Math.Ceiling(Math.Log2(types.Length)) + frac + 2,
        };
        if (kind == ElementwiseKind.Average) bits += PoolTypes.InverseType.Width;
        if (bits > LayerTypes.MaxExactWidth)
        {
            throw new UnsupportedPrecisionException($"node '{node.Name}' ({node.Op.Kind}): the exact result needs {bits} bits; the emulator supports up to {LayerTypes.MaxExactWidth}");
        }
        var inv = PoolTypes.InverseRaw(inputs.Count);
        var n = node.Output.Shape.Size;
        var raw = new long[inputs[0].Batch * n];
        for (var i = 0; i < raw.Length; i++)
        {
            long r;
            bool o;
            switch (kind)
            {
                case ElementwiseKind.Max:
                case ElementwiseKind.Min:
                    var pick = 0;
                    for (var k = 1; k < inputs.Count; k++)
                    {
                        var c = Aligned(inputs[k].Raw[i], types[k], frac).CompareTo(Aligned(inputs[pick].Raw[i], types[pick], frac));
                        if (kind == ElementwiseKind.Max ? c > 0 : c < 0) pick = k;
                    }
                    r = FixedMath.Convert(inputs[pick].Raw[i], types[pick], result, out o);
                    break;
                case ElementwiseKind.Mul:
                    Int128 p = inputs[0].Raw[i];
                    for (var k = 1; k < inputs.Count; k++) p *= inputs[k].Raw[i];
                    r = FixedMath.Convert(p, frac, result, out o);
                    break;
                case ElementwiseKind.Sub:
                    r = FixedMath.Convert(Aligned(inputs[0].Raw[i], types[0], frac) - Aligned(inputs[1].Raw[i], types[1], frac), frac, result, out o);
                    break;
                default:
                    Int128 sum = 0;
                    for (var k = 0; k < inputs.Count; k++) sum += Aligned(inputs[k].Raw[i], types[k], frac);
                    r = kind == ElementwiseKind.Average
                        ? FixedMath.Convert(sum * inv, frac + PoolTypes.InverseType.FracBits, result, out o)
                        : FixedMath.Convert(sum, frac, result, out o);
                    break;
            }
            raw[i] = r;
            overflow.Record(o);
        }
        return new FixedTensor(result, node.Output.Shape, inputs[0].Batch, raw);
    }

    private static Int128 Aligned(long raw, FixedType t, int frac) => (Int128)raw << (frac - t.FracBits);
}
