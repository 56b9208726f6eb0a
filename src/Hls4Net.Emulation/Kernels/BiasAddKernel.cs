using System.Numerics;
using System.Runtime.Intrinsics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// A bias layer (hls4ml semantics split it off an ONNX MatMul + Add): <c>res[i] = x[i] + bias[c]</c> with c the
/// last-axis channel and the bias in the layer's bias type, the sum exact, stored once into the result type. The
/// project computes it with nnet::normalize and a unit scale (BiasAddEmitter), whose exact product leaves x unchanged.
/// </summary>
public sealed class BiasAddKernel : Kernel<BiasAddOp>
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, BiasAddOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) =>
        Evaluate(node, op, inputs, overflow, null);

    /// <summary>Writes every element of its result, so the result may come from recycled <paramref name="buffers"/>.</summary>
    protected override FixedTensor Run(Node node, BiasAddOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers buffers) =>
        Evaluate(node, op, inputs, overflow, buffers);

    private FixedTensor Evaluate(Node node, BiasAddOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers? buffers)
    {
        var input = inputs[0];
        var tr = node.Output.Type ?? throw new GraphException($"node '{node.Name}': result type not assigned");
        var p = _plans.Get(node, BiasAddPlan.Create);
        var tx = input.Type;
        var sum = FixedType.AddResult(tx, p.Bias);
        if (LayerTypes.AnyWide(tx, tr, p.Bias) || sum.Width > Wide.WideRaw.FastExactWidth) return RunWide(node, input, tr, p, overflow);
        LayerTypes.RequireExact(node, sum, "bias sum");
        int f = sum.FracBits, sx = f - tx.FracBits, sb = f - p.Bias.FracBits;
        var x = input.Raw;
        var output = buffers?.Rent(x.Length) ?? new long[x.Length];
        long overflows = 0;
        int channels = p.BiasRaw.Length;
        if (sum.Width <= 62 && FastConvert.TryCreate(sum.Width, f, tr) is { } store)
        {
            // x and the bias both fit the sum's 62 bits at its fraction, so the exact sum is a long.
            var bias = p.BiasRaw;
            if (FastConvert.Vectorized && channels >= Vector512<long>.Count)
            {
                overflows = AddVectorized(store, x, bias.Select(b => b << sb).ToArray(), sx, output);
                overflow.Add(x.Length, overflows);
                return new FixedTensor(tr, node.Output.Shape, input.Batch, output);
            }
            for (int i = 0, c = 0; i < x.Length; i++)
            {
                output[i] = store.Apply((x[i] << sx) + (bias[c] << sb), ref overflows);
                if (++c == channels) c = 0;
            }
            overflow.Add(x.Length, overflows);
            return new FixedTensor(tr, node.Output.Shape, input.Batch, output);
        }
        for (int i = 0, c = 0; i < x.Length; i++)
        {
            var total = ((Int128)x[i] << sx) + ((Int128)p.BiasRaw[c] << sb);
            output[i] = FixedMath.Convert(total, f, tr, out var o);
            if (o) overflows++;
            if (++c == channels) c = 0;
        }
        overflow.Add(x.Length, overflows);
        return new FixedTensor(tr, node.Output.Shape, input.Batch, output);
    }

    /// <summary>The fast sum 8 channels at a time, row by row (the row's last channels one by one); returns the overflows.</summary>
    private static long AddVectorized(FastConvert store, long[] x, long[] shiftedBias, int sx, long[] output)
    {
        int channels = shiftedBias.Length, rows = x.Length / channels;
        long overflows = 0;
        var negated = Vector512<long>.Zero;
        for (var r = 0; r < rows; r++)
        {
            int b = r * channels, c = 0;
            for (; c <= channels - Vector512<long>.Count; c += Vector512<long>.Count)
            {
                var total = (Vector512.LoadUnsafe(ref x[b + c]) << sx) + Vector512.LoadUnsafe(ref shiftedBias[c]);
                store.Apply(total, ref negated).StoreUnsafe(ref output[b + c]);
            }
            for (; c < channels; c++) output[b + c] = store.Apply((x[b + c] << sx) + shiftedBias[c], ref overflows);
        }
        return overflows - Vector512.Sum(negated);
    }

    /// <summary>The same sum in BigInteger arithmetic, for types wider than 64 bits or a sum beyond Int128.</summary>
    private static FixedTensor RunWide(Node node, FixedTensor input, FixedType tr, BiasAddPlan p, OverflowCounter overflow)
    {
        var tb = p.Bias;
        var bias = p.BiasWide ?? p.BiasRaw.Select(b => (BigInteger)b).ToArray();
        int f = Math.Max(input.Type.FracBits, tb.FracBits), sx = f - input.Type.FracBits, sb = f - tb.FracBits;
        var codes = new BigInteger[input.Length];
        long overflows = 0;
        for (int i = 0, c = 0; i < codes.Length; i++)
        {
            codes[i] = FixedMath.Convert((input.At(i) << sx) + (bias[c] << sb), f, tr, out var o);
            if (o) overflows++;
            if (++c == bias.Length) c = 0;
        }
        overflow.Add(codes.Length, overflows);
        return Wide.WideRaw.Tensor(tr, node.Output.Shape, input.Batch, codes);
    }
}
