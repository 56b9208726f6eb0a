using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Ops;

namespace Hls4Net.Estimation.Tests;

/// <summary>Hand-built graphs and a context with stated constants, so every expected count can be worked out on paper.</summary>
internal static class HandBuilt
{
    public static readonly FixedType Q16 = FixedType.Parse("ap_fixed<16,6>");
    public static readonly FixedType Q18 = FixedType.Parse("ap_fixed<18,8>");

    /// <summary>Round constants (not the calibrated ones) so the tests' arithmetic is simple.</summary>
    public static EstimatorConstants Constants => new()
    {
        NarrowWeightMaxBits = 5, LutMultiplierMaxBits = 10, LutPerFabricProductBit = 0.5, LutPerDspProduct = 4, LutPerAdderBit = 1,
        LutPerComparatorBit = 1, FfPerRegisteredBit = 1, MultiplierDelayNs = 2.5, AdderLevelDelayNs = 0.9, TableLookupCycles = 2,
        LutRomMaxBits = 1024, SrlFifoMaxDepth = 32, WeightBramMinDepth = 16, StreamOverheadCycles = 2,
    };

    /// <summary>5 ns clock, 12.5% uncertainty: 4.375 ns usable per cycle; xcvu9p (DSP48E2).</summary>
    public static EstimationContext Context(IoType io = IoType.IoParallel, TemplateFlavor flavor = TemplateFlavor.Hls4Net, string part = "xcvu9p")
    {
        var device = new FpgaPartCatalog().Find(part);
        return new EstimationContext(io, 5, 0.125, device, DspShape.ForFamily(device?.Family ?? ""), Constants, flavor);
    }

    /// <summary>An estimator with the standard op packages' cost rules (the set every caller uses).</summary>
    public static ResourceEstimator Estimator() => new(StandardOps.Create().CostRules());

    public static ConstTensor Tensor(int[] dims, params float[] data) => new(new Shape(dims), data);

    /// <summary>A graph with one input of <paramref name="inputShape"/> feeding <paramref name="op"/>, every type <paramref name="type"/>.</summary>
    public static (Graph Graph, Node Node) Single(Op op, Shape inputShape, FixedType? type = null, LayerHardware? hardware = null, LayerPrecision? precision = null)
    {
        var t = type ?? Q16;
        var graph = new Graph("hand");
        var input = new Value("x", inputShape) { Type = t };
        graph.Inputs.Add(input);
        var node = graph.Add("layer", op, input);
        node.Output.Type = t;
        node.Precision = precision ?? new LayerPrecision(t, t, t, Q18, Q18, Q18, 1024);
        node.Hardware = hardware ?? LayerHardware.Default;
        graph.Outputs.Add(node.Output);
        return (graph, node);
    }
}
