using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Wide;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Dense on the last axis, matching nnet::dense in nnet_dense.h (both strategies): per output j,
/// <c>accum_t acc = bias[j]</c>, then for i in order <c>acc += x[i]*w[i*nOut+j]</c> (exact product, exact sum,
/// one store into accum_t per addition), then <c>res[j] = acc</c>. Additions of an exact zero (zero weight or
/// zero input) are skipped: re-storing an in-range accumulator into its own type is the identity.
/// Under hls4ml semantics (<see cref="ProductStore"/>) each product is stored into accum_t before it is added,
/// <c>acc += (accum_t)(x[i]*w[i*nOut+j])</c> (<see cref="StoredProductAccumulator"/>); a zero product still adds nothing.
/// Batches of at least half a block whose values provably fit an int take <see cref="SampleLaneDense"/> (16 samples per
/// 512-bit vector, same bits and counts); the per-sample loops below serve every other case.
/// </summary>
public sealed class DenseKernel : Kernel<DenseOp>
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, DenseOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) =>
        Evaluate(node, op, inputs, overflow, null);

    /// <summary>Writes every element of its result, so the result may come from recycled <paramref name="buffers"/>.</summary>
    protected override FixedTensor Run(Node node, DenseOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers buffers) =>
        Evaluate(node, op, inputs, overflow, buffers);

    private FixedTensor Evaluate(Node node, DenseOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers? buffers)
    {
        var input = inputs[0];
        if (WideDense.Needed(node, input.Type)) return WideDense.Run(node, input, overflow);
        var tx = LayerTypes.Fast(node, input.Type, "input");
        var tr = LayerTypes.Result(node);
        var p = _plans.Get(node, DensePlan.Create);
        var product = FixedType.MulResult(tx, p.Weight);
        var sum = FixedType.AddResult(p.Accum, product);
        LayerTypes.RequireExact(node, sum, "accumulation");
        int nIn = op.InputSize, nOut = op.OutputSize;
        int rows = input.Raw.Length / nIn;
        var output = buffers?.Rent(rows * nOut) ?? new long[rows * nOut];
        var acc = new long[nOut];
        var biasAcc = new long[nOut];
        long biasOverflows = 0;
        for (var j = 0; j < nOut; j++)
        {
            biasAcc[j] = FixedMath.Convert(p.BiasRaw[j], p.Bias.FracBits, p.Accum, out var o);
            if (o) biasOverflows++;
        }
        int accShift = sum.FracBits - p.Accum.FracBits, productShift = sum.FracBits - product.FracBits;
        var store = new AccumulatorStore(p.Accum, sum.FracBits);
        var result = new AccumulatorStore(tr, p.Accum.FracBits);
        bool fast = sum.Width <= 63 && store.IsFast;
        var stored = ProductStore.Applies(node) ? new AccumulatorStore(p.Accum, p.Accum.FracBits) : null;
        long stores = 0, overflows = 0;
        if (rows >= SampleLaneDense.Lanes / 2 && sum.Width <= 63
            && SampleLaneDense.TryCreate(p, tx, store, accShift, productShift, stored is not null) is { } lanes)
        {
            lanes.Accumulate(input.Raw, nIn, biasAcc, p.RowNonZeros, result, output, ref stores, ref overflows);
            overflow.Add(stores + (long)rows * nOut, overflows + rows * biasOverflows);
            return new FixedTensor(tr, node.Output.Shape, input.Batch, output);
        }
        for (var r = 0; r < rows; r++)
        {
            biasAcc.CopyTo(acc, 0);
            stores += nOut;
            overflows += biasOverflows;
            var x = input.Raw.AsSpan(r * nIn, nIn);
            if (stored is not null) AccumulateStored(x, p, acc, store, stored, productShift, fast, sum.Width <= 63, ref stores, ref overflows);
            else if (fast) DenseAccumulator.AccumulateFast(x, p.WeightRaw, p.RowNonZeros, acc, store, accShift, productShift, ref stores, ref overflows);
            else if (sum.Width <= 63) DenseAccumulator.Accumulate64(x, p.WeightRaw, acc, store, accShift, productShift, ref stores, ref overflows);
            else DenseAccumulator.Accumulate128(x, p.WeightRaw, acc, store, accShift, productShift, ref stores, ref overflows);
            var res = output.AsSpan(r * nOut, nOut);
            long resultOverflows = 0;
            for (var j = 0; j < res.Length && j < acc.Length; j++)
            {
                res[j] = result.Store(acc[j], out var o);
                resultOverflows += o ? 1 : 0;
            }
            overflows += resultOverflows;
            stores += nOut;
        }
        overflow.Add(stores, overflows);
        return new FixedTensor(tr, node.Output.Shape, input.Batch, output);
    }

    private static void AccumulateStored(ReadOnlySpan<long> x, DensePlan p, Span<long> acc, AccumulatorStore product, AccumulatorStore sum,
        int productShift, bool fast, bool fits64, ref long stores, ref long overflows)
    {
        if (fast) StoredProductAccumulator.AccumulateFast(x, p.WeightRaw, p.RowNonZeros, acc, product, productShift, ref stores, ref overflows);
        else if (fits64) StoredProductAccumulator.Accumulate64(x, p.WeightRaw, acc, product, sum, productShift, ref stores, ref overflows);
        else StoredProductAccumulator.Accumulate128(x, p.WeightRaw, acc, product, sum, productShift, ref stores, ref overflows);
    }
}
