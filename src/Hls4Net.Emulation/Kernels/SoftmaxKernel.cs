using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Softmax over the last axis, matching nnet::softmax in nnet_softmax.h (Hls4Net's own), nnet::softmax_argmax, or
/// hls4ml's table softmaxes in nnet_softmax_hls4ml.h (stable, latency, legacy), per <see cref="SoftmaxOp.Variant"/>
/// (see docs/softmax.md).
/// </summary>
public sealed class SoftmaxKernel : Kernel<SoftmaxOp>
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, SoftmaxOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var input = inputs[0];
        var result = node.Output.Type ?? throw new GraphException($"node '{node.Name}': result type not assigned");
        if (node.Op is SoftmaxOp { Argmax: true }) return OneHot(node, input, result, overflow);
        if (op.Variant is SoftmaxVariant.Stable or SoftmaxVariant.Latency) return Hls4ml(node, op, input, result, overflow);
        if (op.Variant is SoftmaxVariant.Legacy) return Legacy(node, input, result, overflow);
        var plan = _plans.Get(node, input.Type, SoftmaxPlan.Create);
        int n = plan.Length;
        if (input.IsWide || !result.FitsInt64 || !plan.Indexer.FitsInt128)
        {
            var x = Enumerable.Range(0, input.Length).Select(input.At).ToArray();
            var wide = new System.Numerics.BigInteger[x.Length];
            for (int start = 0; start < wide.Length; start += n)
                plan.ApplyWide(x.AsSpan(start, n), wide.AsSpan(start, n), result, overflow, op.ZeroMasked);
            return Wide.WideRaw.Tensor(result, node.Output.Shape, input.Batch, wide);
        }
        var raw = new long[input.Raw.Length];
        for (int start = 0; start < raw.Length; start += n)
            plan.Apply(input.Raw.AsSpan(start, n), raw.AsSpan(start, n), result, overflow, op.ZeroMasked);
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }

    /// <summary>hls4ml's stable or latency softmax, row by row, as nnet::softmax_stable / nnet::softmax_latency.</summary>
    private FixedTensor Hls4ml(Node node, SoftmaxOp op, FixedTensor input, Core.Numerics.FixedType result, OverflowCounter overflow)
    {
        if (input.IsWide) throw new Core.Config.ConfigException($"layer '{node.Name}' (Softmax, hls4ml's table softmax): input type {input.Type} is wider than 64 bits (not supported)");
        var plan = _plans.Get(node, input.Type, Hls4mlSoftmaxPlan.Create);
        var raw = new long[input.Raw.Length];
        if (Hls4mlSoftmaxFastRows.Applies(plan, result))
        {
            var rows = _plans.Get(node, input.Type, (n, t) => new Hls4mlSoftmaxFastRows(_plans.Get(n, t, Hls4mlSoftmaxPlan.Create), result, op.ZeroMasked));
            long stores = 0, overflows = 0;
            for (int start = 0; start < raw.Length; start += plan.Length)
                rows.Apply(input.Raw.AsSpan(start, plan.Length), raw.AsSpan(start, plan.Length), ref stores, ref overflows);
            overflow.Add(stores, overflows);
            return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
        }
        for (int start = 0; start < raw.Length; start += plan.Length)
            plan.Apply(input.Raw.AsSpan(start, plan.Length), raw.AsSpan(start, plan.Length), result, overflow, op.ZeroMasked);
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }

    /// <summary>hls4ml's legacy softmax, row by row, as nnet::softmax_legacy.</summary>
    private FixedTensor Legacy(Node node, FixedTensor input, Core.Numerics.FixedType result, OverflowCounter overflow)
    {
        if (input.IsWide) throw new Core.Config.ConfigException($"layer '{node.Name}' (Softmax, hls4ml's table softmax): input type {input.Type} is wider than 64 bits (not supported)");
        var plan = _plans.Get(node, input.Type, Hls4mlLegacySoftmaxPlan.Create);
        var raw = new long[input.Raw.Length];
        for (int start = 0; start < raw.Length; start += plan.Length)
            plan.Apply(input.Raw.AsSpan(start, plan.Length), raw.AsSpan(start, plan.Length), result, overflow);
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }

    /// <summary>
    /// hls4ml's argmax softmax, as nnet::softmax_argmax: per row, res_T(1) at the first maximum (inputs compared as
    /// raw codes of one type), res_T(0) elsewhere; both constants converted with the result type's own modes.
    /// </summary>
    private static FixedTensor OneHot(Node node, FixedTensor input, Core.Numerics.FixedType result, OverflowCounter overflow)
    {
        int n = node.Output.Shape.Dims[^1];
        var one = Core.Numerics.FixedMath.Convert(1, 0, result, out var oneOverflows);
        var zero = Core.Numerics.FixedMath.Convert(0, 0, result);
        var raw = new long[input.Raw.Length];
        for (int start = 0; start < raw.Length; start += n)
        {
            var best = start;
            for (int i = start + 1; i < start + n; i++)
            {
                if (input.Raw[i] > input.Raw[best]) best = i;
            }
            for (int i = start; i < start + n; i++)
            {
                raw[i] = i == best ? one : zero;
                overflow.Record(i == best && oneOverflows);
            }
        }
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }
}
