using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Wide;

/// <summary>
/// The wide path of <see cref="ElementwiseKernel"/>: the same exact value (a+b+..., a-b, a*b*..., max, min, or the exact
/// sum times inv_t(1/n) for Average) in BigInteger arithmetic, stored once into res_t.
/// </summary>
public static class WideElementwise
{
    /// <summary>Bits of the exact result (as the fast kernel works them out), and its fraction bits.</summary>
    public static (int Bits, int Frac) Exact(ElementwiseKind kind, IReadOnlyList<FixedType> types)
    {
        int frac = kind == ElementwiseKind.Mul ? types.Sum(t => t.FracBits) : types.Max(t => t.FracBits);
        int bits = kind switch
        {
            ElementwiseKind.Mul => types.Sum(t => t.Width) + 1,
            _ => types.Max(t => t.IntBits) + (int)Math.Ceiling(Math.Log2(types.Count)) + frac + 2,
        };
        if (kind == ElementwiseKind.Average) bits += PoolTypes.InverseType.Width;
        return (bits, frac);
    }

    /// <summary>True when the node needs the wide path: a wide input or result, or an exact result beyond Int128.</summary>
    public static bool Needed(Node node, IReadOnlyList<FixedTensor> inputs) =>
        WideRaw.Needed(node, inputs) || Exact(((ElementwiseOp)node.Op).Operation, inputs.Select(t => t.Type).ToArray()).Bits > WideRaw.FastExactWidth;

    public static FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var kind = ((ElementwiseOp)node.Op).Operation;
        var result = node.Output.Type ?? throw new GraphException($"node '{node.Name}': result type not assigned");
        var types = inputs.Select(t => t.Type).ToArray();
        var (bits, frac) = Exact(kind, types);
        CppWidth.Require(node, bits - 1, $"{kind} of {string.Join(", ", types.Distinct())}");
        var inv = PoolTypes.InverseRaw(inputs.Count);
        var n = node.Output.Shape.Size;
        var codes = new BigInteger[inputs[0].Batch * n];
        BigInteger Aligned(int k, int i) => inputs[k].At(i) << (frac - types[k].FracBits);
        for (var i = 0; i < codes.Length; i++)
        {
            bool o;
            switch (kind)
            {
                case ElementwiseKind.Max:
                case ElementwiseKind.Min:
                    var pick = 0;
                    for (var k = 1; k < inputs.Count; k++)
                    {
                        var c = Aligned(k, i).CompareTo(Aligned(pick, i));
                        if (kind == ElementwiseKind.Max ? c > 0 : c < 0) pick = k;
                    }
                    codes[i] = FixedMath.Convert(inputs[pick].At(i), types[pick].FracBits, result, out o);
                    break;
                case ElementwiseKind.Mul:
                    var p = inputs[0].At(i);
                    for (var k = 1; k < inputs.Count; k++) p *= inputs[k].At(i);
                    codes[i] = FixedMath.Convert(p, frac, result, out o);
                    break;
                case ElementwiseKind.Sub:
                    codes[i] = FixedMath.Convert(Aligned(0, i) - Aligned(1, i), frac, result, out o);
                    break;
                default:
                    BigInteger sum = 0;
                    for (var k = 0; k < inputs.Count; k++) sum += Aligned(k, i);
                    codes[i] = kind == ElementwiseKind.Average
                        ? FixedMath.Convert(sum * inv, frac + PoolTypes.InverseType.FracBits, result, out o)
                        : FixedMath.Convert(sum, frac, result, out o);
                    break;
            }
            overflow.Record(o);
        }
        return WideRaw.Tensor(result, node.Output.Shape, inputs[0].Batch, codes);
    }
}
