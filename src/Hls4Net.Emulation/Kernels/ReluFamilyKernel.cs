using System.Runtime.Intrinsics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Wide;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Non-table activations, matching nnet::activation in nnet_activation.h. With x the input, every result is one
/// store into res_t: Linear x; Relu x&gt;0 ? x : 0; LeakyRelu x&gt;0 ? x : x*alpha (exact product);
/// ThresholdedRelu x&gt;alpha ? x : 0; BoundedRelu x&lt;min ? min : x&gt;max ? max : x (min/max already in res_t);
/// HardSigmoid v=alpha*x+beta exact, v&lt;0 ? 0 : v&gt;1 ? 1 : v; BinaryTanh x&gt;0 ? 1 : -1;
/// TernaryTanh x&gt;0.5 ? 1 : x&lt;=-0.5 ? -1 : 0. All comparisons are exact.
/// </summary>
public sealed class ReluFamilyKernel : Kernel<ActivationOp>
{
    private readonly PlanCache _plans = new();

    /// <summary>True for the activations this kernel evaluates (every <see cref="ActivationOp"/> without a table).</summary>
    public static bool Supports(Node node) => node.Op is ActivationOp { UsesTable: false };

    public override FixedTensor Run(Node node, ActivationOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) =>
        Evaluate(node, op, inputs, overflow, null);

    /// <summary>Writes every element of its result, so the result may come from recycled <paramref name="buffers"/>.</summary>
    protected override FixedTensor Run(Node node, ActivationOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers buffers) =>
        Evaluate(node, op, inputs, overflow, buffers);

    private FixedTensor Evaluate(Node node, ActivationOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers? buffers)
    {
        var input = inputs[0];
        if (WideActivation.Needed(node, input.Type)) return WideActivation.Run(node, input, overflow);
        var tx = LayerTypes.Fast(node, input.Type, "input");
        var tr = LayerTypes.Result(node);
        var p = _plans.Get(node, ReluFamilyPlan.Create);
        var tp = p.ParameterType;
        int fx = tx.FracBits, fr = tr.FracBits, fp = tp.FracBits;
        var product = FixedType.MulResult(tx, tp);
        var hs = FixedType.AddResult(product, tp);
        switch (p.Function)
        {
            case ActivationKind.LeakyRelu or ActivationKind.HardSigmoid:
                LayerTypes.RequireExact(node, hs, "activation arithmetic");
                break;
            case ActivationKind.ThresholdedRelu:
                LayerTypes.RequireExact(node, FixedType.SubResult(tx, tp), "comparison");
                break;
            case ActivationKind.BoundedRelu:
                LayerTypes.RequireExact(node, FixedType.SubResult(tx, tr), "comparison");
                break;
        }
        int hf = hs.FracBits, hsp = hf - product.FracBits, hsb = hf - fp;
        var x = input.Raw;
        var output = buffers?.Rent(x.Length) ?? new long[x.Length];
        long overflows = 0;
        if (p.Function is ActivationKind.Linear or ActivationKind.Relu && FastConvert.TryCreate(tx.Width, fx, tr) is { } store)
        {
            bool relu = p.Function == ActivationKind.Relu;
            var i = 0;
            if (FastConvert.Vectorized)
            {
                // A non-positive input gives 0 under ReLU, as does converting 0 (no overflow): so convert max(x, 0).
                var floor = relu ? Vector512<long>.Zero : Vector512.Create(long.MinValue);
                var negated = Vector512<long>.Zero;
                for (; i <= x.Length - Vector512<long>.Count; i += Vector512<long>.Count)
                    store.Apply(Vector512.Max(Vector512.LoadUnsafe(ref x[i]), floor), ref negated).StoreUnsafe(ref output[i]);
                overflows -= Vector512.Sum(negated);
            }
            for (; i < x.Length; i++)
            {
                var v = x[i];
                output[i] = relu && v <= 0 ? 0 : store.Apply(v, ref overflows);
            }
            overflow.Add(x.Length, overflows);
            return new FixedTensor(tr, node.Output.Shape, input.Batch, output);
        }
        bool o;
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i];
            long r;
            switch (p.Function)
            {
                case ActivationKind.Linear:
                    r = FixedMath.Convert(v, fx, tr, out o);
                    break;
                case ActivationKind.Relu:
                    r = v > 0 ? FixedMath.Convert(v, fx, tr, out o) : Zero(out o);
                    break;
                case ActivationKind.LeakyRelu:
                    r = v > 0 ? FixedMath.Convert(v, fx, tr, out o) : FixedMath.Convert((Int128)v * p.AlphaRaw, fx + fp, tr, out o);
                    break;
                case ActivationKind.ThresholdedRelu:
                    r = Exact.Compare(v, fx, p.AlphaRaw, fp) > 0 ? FixedMath.Convert(v, fx, tr, out o) : Zero(out o);
                    break;
                case ActivationKind.BoundedRelu:
                    if (p.HasMin && Exact.Compare(v, fx, p.MinRaw, fr) < 0) r = Copy(p.MinRaw, out o);
                    else if (p.HasMax && Exact.Compare(v, fx, p.MaxRaw, fr) > 0) r = Copy(p.MaxRaw, out o);
                    else r = FixedMath.Convert(v, fx, tr, out o);
                    break;
                case ActivationKind.HardSigmoid:
                    var s = (((Int128)v * p.AlphaRaw) << hsp) + ((Int128)p.BetaRaw << hsb);
                    if (s < 0) r = Zero(out o);
                    else if (AboveOne(s, hf)) r = FixedMath.Convert(1L, 0, tr, out o);
                    else r = FixedMath.Convert(s, hf, tr, out o);
                    break;
                case ActivationKind.BinaryTanh:
                    r = FixedMath.Convert(v > 0 ? 1L : -1L, 0, tr, out o);
                    break;
                case ActivationKind.TernaryTanh:
                    long t = Exact.Compare(v, fx, 1, 1) > 0 ? 1 : Exact.Compare(v, fx, -1, 1) <= 0 ? -1 : 0;
                    r = FixedMath.Convert(t, 0, tr, out o);
                    break;
                default:
                    throw new GraphException($"node '{node.Name}': activation {p.Function} is not supported by the ReLU-family kernel");
            }
            output[i] = r;
            if (o) overflows++;
        }
        overflow.Add(x.Length, overflows);
        return new FixedTensor(tr, node.Output.Shape, input.Batch, output);
    }

    /// <summary>s * 2^-f &gt; 1, for an s of at most 126 bits.</summary>
    private static bool AboveOne(Int128 s, int f) => f < 0 ? s > 0 : f < 126 && s > (Int128.One << f);

    private static long Zero(out bool overflowed)
    {
        overflowed = false;
        return 0;
    }

    /// <summary>A value already of the result type, copied bitwise.</summary>
    private static long Copy(long raw, out bool overflowed)
    {
        overflowed = false;
        return raw;
    }
}
