using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;

namespace Hls4Net.Core.Tests.Passes;

public sealed class AssignHardwarePassTests
{
    private readonly ReuseFactorRule _rule = new();

    /// <summary>x[16] -> fc1 Dense(16->64) -> relu -> fc2 Dense(64->32).</summary>
    private static Graph Mlp()
    {
        var g = new Graph("mlp");
        var x = new Value("x", new Shape(16));
        g.Inputs.Add(x);
        var fc1 = g.Add("fc1", AssignPrecisionPassTests.Dense(16, 64), x);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), fc1.Output);
        var fc2 = g.Add("fc2", AssignPrecisionPassTests.Dense(64, 32), relu.Output);
        g.Outputs.Add(fc2.Output);
        return g;
    }

    private static Graph Run(string yaml)
    {
        var g = Mlp();
        var config = new ProjectConfigLoader().LoadYaml(yaml, "t.yml", "/");
        new Pipeline([new AssignHardwarePass()]).Run(g, new PassContext(config, verifyAfterEachPass: true));
        return g;
    }

    [Fact]
    public void ValidValuesForPowerOfTwoLayers()
    {
        // n_in=16, n_out=64 (1024 products): divisors are the powers of two; below 16, 1024/RF in {1024,512,256,128}
        // are multiples of 64; from 16 up, every power of two is a multiple of 16.
        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024], _rule.ValidValues(16, 64));
        // n_in=64, n_out=32 (2048 products): below 64, 2048/RF >= 64 is a multiple of 32; from 64 up, multiples of 64.
        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048], _rule.ValidValues(64, 32));
    }

    [Fact]
    public void ValidValuesForAnUnevenLayer()
    {
        // n_in=10, n_out=12, 120 products. Divisors of 120 below 10: 1,2,3,4,5,6,8 -> 120/RF = 120,60,40,30,24,20,15;
        // multiples of 12: RF 1, 2, 5. Divisors from 10 up that are multiples of 10: 10, 20, 30, 40, 60, 120.
        Assert.Equal([1, 2, 5, 10, 20, 30, 40, 60, 120], _rule.ValidValues(10, 12));
        Assert.False(_rule.IsValid(10, 12, 3));
        Assert.False(_rule.IsValid(10, 12, 12)); // divides 120 but is not a multiple of n_in
        Assert.False(_rule.IsValid(10, 12, 0));
        Assert.False(_rule.IsValid(10, 12, 240));
        Assert.Equal([1, 2, 5, 10, 20, 30], _rule.Nearby(10, 12, 7));
        Assert.Equal([40, 60, 120], _rule.Nearby(10, 12, 200));
    }

    [Fact]
    public void DefaultsAreLatencyAndOne()
    {
        var g = Run("");
        Assert.All(g.Nodes, n => Assert.Equal(new LayerHardware(Strategy.Latency, 1, ArithmeticSemantics.Hls4ml), n.Hardware));
    }

    [Fact]
    public void PrecedenceLayerNameOverLayerTypeOverModel()
    {
        var g = Run("""
            HLSConfig:
              Model: {ReuseFactor: 2, Strategy: Resource}
              LayerType:
                Dense: {ReuseFactor: 4}
                Activation: {ReuseFactor: 3, Strategy: latency}
              LayerName:
                fc2: {ReuseFactor: 128}
            """);
        Assert.Equal(new LayerHardware(Strategy.Resource, 4, ArithmeticSemantics.Hls4ml), g.FindNode("fc1")!.Hardware);
        Assert.Equal(new LayerHardware(Strategy.Latency, 3, ArithmeticSemantics.Hls4ml), g.FindNode("relu")!.Hardware); // non-Dense RF taken as given
        Assert.Equal(new LayerHardware(Strategy.Resource, 128, ArithmeticSemantics.Hls4ml), g.FindNode("fc2")!.Hardware);
    }

    [Fact]
    public void InvalidReuseFactorIsAnErrorListingNearbyValues()
    {
        var e = Assert.Throws<ConfigException>(() => Run("HLSConfig:\n  LayerName:\n    fc1: {ReuseFactor: 3}\n"));
        Assert.Equal(
            "layer 'fc1' (Dense, n_in=16, n_out=64): ReuseFactor 3 from HLSConfig.LayerName.fc1 is not valid (it must divide n_in*n_out; "
            + "below n_in, n_in*n_out/RF must be a multiple of n_out; from n_in up, RF must be a multiple of n_in); nearby valid values: 1, 2, 4, 8, 16",
            e.Message);
    }

    [Fact]
    public void ModelLevelReuseFactorInvalidForOneLayerSuggestsALayerEntry()
    {
        var e = Assert.Throws<ConfigException>(() => Run("HLSConfig:\n  Model: {ReuseFactor: 2048}\n"));
        Assert.Equal(
            "layer 'fc1' (Dense, n_in=16, n_out=64): ReuseFactor 2048 from HLSConfig.Model is larger than n_in*n_out = 1024; "
            + "nearby valid values: 256, 512, 1024; set HLSConfig.LayerName.fc1.ReuseFactor to override it for this layer",
            e.Message);
    }

    [Fact]
    public void OverrideReuseFactorIsValidatedToo()
    {
        var g = Mlp();
        var config = new ConfigOverrides { ReuseFactor = 24 }.ApplyTo(new ProjectConfig(), new FpgaPartCatalog());
        var e = Assert.Throws<ConfigException>(() => new AssignHardwarePass().Run(g, new PassContext(config)));
        Assert.Contains("ReuseFactor 24 from --reuse-factor is not valid", e.Message);
        Assert.EndsWith("nearby valid values: 4, 8, 16, 32, 64, 128; set HLSConfig.LayerName.fc1.ReuseFactor to override it for this layer", e.Message);
    }
}
