using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.TestSupport;
using Hls4Net.Tuning;

namespace Hls4Net.Compiler.Tests.Tuning;

/// <summary>The reuse tuner proposes only values the hardware pass accepts, and every one of them converts.</summary>
public sealed class ReuseCandidatesTests
{
    [Fact]
    public void TheJetTaggersLayersGetTheHandComputedReuseFactors()
    {
        var model = HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx"));
        var layers = new ReuseCandidates().Of(model.Configure(new ProjectConfig()).Graph);
        Assert.Equal(3, layers.Count);
        // 16x32 (512 products): RF < 16 must divide 16 (512/RF a multiple of 32); RF >= 16 a multiple of 16 dividing 512.
        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 512], Factors(layers[0]));
        // 32x16: RF < 32 divides 32; from 32 on, multiples of 32 dividing 512.
        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 512], Factors(layers[1]));
        // 16x5 (80 products): 1, 2, 4, 8 (80/RF a multiple of 5), then 16 and 80 (multiples of 16 dividing 80).
        Assert.Equal([1, 2, 4, 8, 16, 80], Factors(layers[2]));
        Assert.All(layers, l => Assert.Equal(2 * Factors(l).Count, l.Choices.Count)); // both strategies
    }

    [Fact]
    public void EveryProposedChoiceConvertsAndPassesValidationAndAnOtherValueDoesNot()
    {
        var model = HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx"));
        var layers = new ReuseCandidates().Of(model.Configure(new ProjectConfig()).Graph);
        var dir = Directory.CreateTempSubdirectory("hls4net-reuse-").FullName;
        try
        {
            foreach (var layer in layers)
            {
                foreach (var choice in layer.Choices)
                {
                    var config = new ProjectConfig();
                    ReuseTuner.Apply(config, layer.Name, choice);
                    var design = model.Configure(config);
                    var node = design.Graph.Nodes.Single(n => n.Name == layer.Name);
                    Assert.Equal(new LayerHardware(choice.Strategy, choice.ReuseFactor, node.Hardware.Semantics), node.Hardware);
                }
                var largest = layer.Choices[^1];
                var project = new ProjectConfig();
                ReuseTuner.Apply(project, layer.Name, largest);
                var written = model.Configure(project).Write(Path.Combine(dir, $"layer{layers.ToList().IndexOf(layer)}")); // names are like "/fc1/Gemm"
                Assert.Contains($"reuse_factor = {largest.ReuseFactor}", File.ReadAllText(Path.Combine(written, "firmware", "parameters.h")));
                var invalid = new ProjectConfig();
                ReuseTuner.Apply(invalid, layer.Name, new ReuseChoice(Strategy.Resource, 3)); // 3 divides none of these sizes
                Assert.Throws<ConfigException>(() => model.Configure(invalid));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static List<int> Factors(TunableLayer layer) => layer.Choices.Where(c => c.Strategy == Strategy.Latency).Select(c => c.ReuseFactor).ToList();
}
