using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Nas.Space;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Nas;

public sealed class NasSpaceReaderTests
{
    [Fact]
    public void TheJetSampleSpaceIsTheTaggersNeighbourhood()
    {
        var space = new NasSpaceReader().ReadFile(Path.Combine(RepoPaths.RepoRoot, "samples", "nas", "jet_space.yml"));
        Assert.Equal(NasModelKind.Mlp, space.Kind);
        Assert.Equal([16], space.InputShape);
        Assert.Equal(5, space.Outputs);
        Assert.Equal("softmax", space.OutputActivation);
        // depth 1..4 of 4 widths: 4 + 16 + 64 + 256 architectures; 3 precisions x 3 reuse factors x 2 strategies.
        Assert.Equal(340, new NasEnumerator(space).Count);
        Assert.Equal(18, space.HardwareChoices().Count);
        Assert.Equal(FixedType.Parse("ap_fixed<12,5>"), space.Precisions[1].Default);
    }

    [Fact]
    public void ThePulseSampleSpaceIsASmall1DCnnWithSeparateBitWidths()
    {
        var space = new NasSpaceReader().ReadFile(Path.Combine(RepoPaths.RepoRoot, "samples", "nas", "pulse_cnn_space.yml"));
        Assert.Equal(NasModelKind.Cnn1D, space.Kind);
        Assert.Equal([1, 64], space.InputShape);
        // a block: 2 filters x 2 kernels x 2 poolings = 8; 1 or 2 blocks: 8 + 64; head: none, or one layer of 2 widths: 3.
        Assert.Equal((8 + 64) * 3, new NasEnumerator(space).Count);
        // bits: 2 weight widths x 2 activation widths, integer bits 1 (weights) and 6 (activations).
        Assert.Equal(["w6a12", "w6a16", "w8a12", "w8a16"], space.Precisions.Select(p => p.Name));
        Assert.Equal(FixedType.Parse("ap_fixed<6,1>"), space.Precisions[0].Weight);
        Assert.Equal(FixedType.Parse("ap_fixed<12,6>"), space.Precisions[0].Default);
        Assert.Equal(2 * 4, space.HardwareChoices().Count);
        Assert.All(space.HardwareChoices(), c => Assert.Equal(Strategy.Latency, c.Strategy));
    }

    [Theory]
    [InlineData("widths: [8, x]", "s.yml:9: dense.widths: 'x' is not a whole number")]
    [InlineData("widths: [8, 8]", "s.yml:9: dense.widths: '8' is listed twice")]
    [InlineData("widht: [8]", "s.yml:9: dense: unknown key 'widht'")]
    public void ABadDenseEntryNamesItsLineAndKey(string line, string expected)
    {
        var yaml = $"""
            name: s
            model: mlp
            input: [16]
            outputs: 5
            hardware:
              precisions: ["ap_fixed<16,6>"]
            dense:
              depth: [1, 2]
              {line}
            """;
        var e = Assert.Throws<ConfigException>(() => new NasSpaceReader().Read(yaml, "s.yml"));
        Assert.StartsWith(expected, e.Message);
    }

    [Fact]
    public void TheInputRankMustMatchTheFamily()
    {
        var yaml = "model: cnn1d\ninput: [64]\noutputs: 1\ndense: {depth: 0, widths: [8]}\nblocks: {count: 1, filters: [4], kernel_sizes: [3]}\nhardware: {precisions: [\"ap_fixed<16,6>\"]}\n";
        var e = Assert.Throws<ConfigException>(() => new NasSpaceReader().Read(yaml, "p.yml"));
        Assert.Equal("p.yml:2: input: a 1D CNN takes [channels, length], got 1 numbers", e.Message);
    }

    [Fact]
    public void PrecisionsAndBitsExcludeEachOther()
    {
        var yaml = "model: mlp\ninput: 4\noutputs: 1\ndense: {depth: 1, widths: [8]}\nhardware:\n  precisions: [\"ap_fixed<16,6>\"]\n  bits: {weights: [8], activations: [8]}\n";
        var e = Assert.Throws<ConfigException>(() => new NasSpaceReader().Read(yaml, "b.yml"));
        Assert.Equal("b.yml:7: hardware.bits: give either precisions or bits, not both", e.Message);
    }

    [Fact]
    public void AnIntegerTypeIsNotAPrecisionChoice()
    {
        var yaml = "model: mlp\ninput: 4\noutputs: 1\ndense: {depth: 1, widths: [8]}\nhardware:\n  precisions: [\"ap_int<8>\"]\n";
        var e = Assert.Throws<ConfigException>(() => new NasSpaceReader().Read(yaml, "i.yml"));
        Assert.Equal("i.yml:6: hardware.precisions: 'ap_int<8>' is not an ap_fixed type (e.g. ap_fixed<16,6>)", e.Message);
    }
}
