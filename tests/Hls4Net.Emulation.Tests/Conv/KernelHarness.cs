using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;

namespace Hls4Net.Emulation.Tests.Conv;

/// <summary>Runs one kernel on a single-node graph with given types and raw inputs (batch 1).</summary>
internal static class KernelHarness
{
    public static readonly FixedType Q8_4 = FixedType.Parse("ap_fixed<8,4>");

    public static (long[] Raw, OverflowCounter Overflow) Run(IKernel kernel, Op op, FixedType result, (Shape Shape, FixedType Type, long[] Raw)[] inputs, LayerPrecision? precision = null)
    {
        var values = inputs.Select((x, i) => new Value($"in{i}", x.Shape) { Type = x.Type }).ToArray();
        var shape = op.InferShape(values.Select(v => v.Shape).ToList());
        var node = new Node("layer", op, values, new Value("out", shape) { Type = result }) { Precision = precision ?? LayerPrecision.Unassigned };
        var overflow = new OverflowCounter();
        var tensors = inputs.Select(x => new FixedTensor(x.Type, x.Shape, 1, x.Raw)).ToList();
        var r = kernel.Run(node, tensors, overflow);
        Assert.Equal(shape, r.Shape);
        return (r.Raw, overflow);
    }

    /// <summary>Raw codes of values in ap_fixed&lt;8,4&gt; (value * 16).</summary>
    public static long[] Q(params double[] values) => values.Select(v => (long)(v * 16)).ToArray();
}
