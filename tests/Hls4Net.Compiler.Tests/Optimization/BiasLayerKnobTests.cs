using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Optimization;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Optimization;

/// <summary>
/// Under hls4ml semantics an ONNX MatMul + Add keeps its Add apart as a bias layer (SplitBiasPass). Its bias is a
/// constant like a Dense's: the search gives it a knob (AP_RND, AP_SAT) whose integer bits hold every bias, instead of
/// leaving it at the base ap_fixed&lt;16,6&gt;, which truncates every bias to 2^-10 in every candidate.
/// </summary>
public sealed class BiasLayerKnobTests
{
    [SharedModelFact]
    public void EveryBiasLayerGetsABiasKnobThatHoldsItsBiases()
    {
        var model = HlsModel.Load(RepoPaths.OnnxModel("three_layer_keras"));
        var graph = model.Configure(new ProjectConfig { Semantics = ArithmeticSemantics.Hls4ml }).Graph;
        var (profiles, _) = new RangeProfiler().Profile(graph, SampleSet.Random(20, 16, 3));
        var knobs = new KnobBuilder(new PrecisionSearchSettings { Calibration = SampleSet.Random(1, 16, 3) }).Build(graph, profiles);
        var biasLayers = graph.Nodes.Where(n => n.Op is BiasAddOp).ToList();
        Assert.Equal(4, biasLayers.Count); // one per Dense of 16-64-32-32-5
        foreach (var node in biasLayers)
        {
            var knob = Assert.Single(knobs, k => k.Layer == node.Name && k.Slot == PrecisionSlot.Bias);
            Assert.Equal(KnobKind.FracBits, knob.Kind);
            Assert.Equal(QuantMode.Rnd, knob.Quant);
            Assert.Equal(OverflowMode.Sat, knob.Overflow);
            var type = knob.TypeAt(knob.StartLevel);
            foreach (var b in ((BiasAddOp)node.Op).Bias.Data)
            {
                // Rounded to nearest within half an LSB: no bias is clipped by the integer bits.
                var stored = FixedMath.ToDouble(FixedMath.FromDouble(b, type), type.FracBits);
                Assert.True(Math.Abs(stored - b) <= type.Lsb / 2, $"{node.Name}: bias {b} stored as {stored} in {type}");
            }
            // The fewest integer bits that hold the biases (signed, rounding saturates at the top code).
            var data = ((BiasAddOp)node.Op).Bias.Data;
            var needed = 1;
            while (data.Any(b => b < -Math.ScaleB(1, needed - 1) || b >= Math.ScaleB(1, needed - 1))) needed++;
            Assert.Equal(needed, knob.IntBits);
        }
    }
}
