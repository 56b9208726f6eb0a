using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;

namespace Hls4Net.Backends.Vitis.Tests.Stream;

/// <summary>
/// The layer zoos of <see cref="StreamLayerGraphTests"/> as whole io_stream projects (clones, multi-input
/// concatenation, merges, the real project writer) at the precision of issue 20's finding,
/// Model ap_fixed&lt;10,4,AP_RND,AP_SAT&gt; with accum ap_fixed&lt;24,10&gt;, and per-layer types (hls4ml LayerName keys)
/// that put every quantization and overflow mode, N &gt; 0, unsigned types, I ≤ 0 and I ≥ W, narrow accumulators
/// and accumulator ≠ result somewhere in the graph. C simulation equals the emulator bit for bit.
/// </summary>
public sealed class StreamLayerGraphPrecisionTests
{
    [Fact]
    public void Two_dimensional_zoo_at_mixed_precisions_matches_the_emulator_in_io_stream()
    {
        var g = StreamLayerGraphTests.Zoo2D();
        Compile(g, new Dictionary<string, (PrecisionSlot, string)[]>
        {
            ["x"] = [(PrecisionSlot.Result, "ap_fixed<9,3,AP_RND_CONV,AP_SAT_SYM>")],
            ["conv"] =
            [
                (PrecisionSlot.Result, "ap_fixed<8,2,AP_RND_INF,AP_WRAP_SM,2>"),
                (PrecisionSlot.Accum, "ap_fixed<14,5,AP_RND_ZERO,AP_SAT_ZERO>"),
                (PrecisionSlot.Weight, "ap_fixed<6,1,AP_RND_MIN_INF,AP_SAT>"),
            ],
            ["relu"] = [(PrecisionSlot.Result, "ap_ufixed<8,3,AP_TRN_ZERO,AP_SAT>")],
            ["dw"] =
            [
                (PrecisionSlot.Result, "ap_fixed<12,14,AP_RND,AP_WRAP,1>"),
                (PrecisionSlot.Accum, "ap_fixed<12,4,AP_RND,AP_SAT>"),
            ],
            ["pavg"] = [(PrecisionSlot.Result, "ap_fixed<8,0,AP_RND,AP_SAT>")],
            ["pmax"] = [(PrecisionSlot.Result, "ap_ufixed<6,2,AP_RND_CONV,AP_SAT_SYM>")],
            ["add"] = [(PrecisionSlot.Result, "ap_fixed<7,3,AP_RND_CONV,AP_SAT_SYM>")],
            ["avg"] = [(PrecisionSlot.Result, "ap_fixed<10,4,AP_RND_ZERO,AP_WRAP_SM>")],
            ["zp"] = [(PrecisionSlot.Result, "ap_fixed<6,2,AP_TRN,AP_SAT>")],
            ["gp"] = [(PrecisionSlot.Result, "ap_fixed<12,-1,AP_RND,AP_SAT>")],
            ["mx"] = [(PrecisionSlot.Result, "ap_ufixed<5,1,AP_RND_INF,AP_WRAP,1>")],
        });
        var res = StreamCheck.Run(g, IoType.IoStream, samples: 150, seed: 23, range: 3);
        Assert.True(res.Mismatches == 0, $"{res.Mismatches} mismatching values; first: {res.First}");
    }

    [Fact]
    public void One_dimensional_zoo_at_mixed_precisions_matches_the_emulator_in_io_stream()
    {
        var g = StreamLayerGraphTests.Zoo1D();
        Compile(g, new Dictionary<string, (PrecisionSlot, string)[]>
        {
            ["x"] = [(PrecisionSlot.Result, "ap_fixed<8,3,AP_RND,AP_SAT>")],
            ["conv"] =
            [
                (PrecisionSlot.Result, "ap_fixed<9,3,AP_RND_CONV,AP_SAT_SYM>"),
                (PrecisionSlot.Accum, "ap_fixed<12,4,AP_RND,AP_SAT>"),
            ],
            ["dw"] =
            [
                (PrecisionSlot.Result, "ap_ufixed<7,2,AP_RND_MIN_INF,AP_SAT_ZERO>"),
                (PrecisionSlot.Accum, "ap_fixed<10,3,AP_TRN_ZERO,AP_WRAP_SM,1>"),
            ],
            ["pavg"] = [(PrecisionSlot.Result, "ap_fixed<8,1,AP_RND_ZERO,AP_WRAP,2>")],
            ["sub"] = [(PrecisionSlot.Result, "ap_fixed<6,5,AP_RND,AP_SAT>")],
            ["mul"] = [(PrecisionSlot.Result, "ap_fixed<12,8,AP_TRN,AP_WRAP_SM>")],
            ["dense"] =
            [
                (PrecisionSlot.Result, "ap_fixed<10,4>"),
                (PrecisionSlot.Accum, "ap_fixed<16,7,AP_RND,AP_SAT>"),
            ],
            ["up"] = [(PrecisionSlot.Result, "ap_fixed<6,-1,AP_RND,AP_SAT>")],
            ["gmax"] = [(PrecisionSlot.Result, "ap_fixed<5,7,AP_RND_INF,AP_WRAP>")],
        });
        var res = StreamCheck.Run(g, IoType.IoStream, samples: 150, seed: 24, range: 3);
        Assert.True(res.Mismatches == 0, $"{res.Mismatches} mismatching values; first: {res.First}");
    }

    /// <summary>Run the default pipeline with the Model precision and the given LayerName precisions.</summary>
    private static void Compile(Graph g, Dictionary<string, (PrecisionSlot Variable, string Type)[]> layers)
    {
        var config = StreamCheck.Config(IoType.IoStream);
        config.Hls.Model.Precision[PrecisionSlot.Default] = FixedType.Parse("ap_fixed<10,4,AP_RND,AP_SAT>");
        config.Hls.Model.Precision[PrecisionSlot.Accum] = FixedType.Parse("ap_fixed<24,10>");
        foreach (var (name, settings) in layers)
        {
            var layer = config.Hls.GetOrAddLayer(name);
            foreach (var (variable, type) in settings) layer.Precision[variable] = FixedType.Parse(type);
        }
        DefaultPipeline.Create().Run(g, new PassContext(config, verifyAfterEachPass: true));
        foreach (var (name, settings) in layers)
        {
            // Every LayerName entry must have reached its layer (no silently ignored key).
            var result = settings.Where(s => s.Variable == PrecisionSlot.Result).Select(s => FixedType.Parse(s.Type)).FirstOrDefault();
            if (result is null) continue;
            var actual = g.Inputs.FirstOrDefault(v => v.Name == name)?.Type ?? g.Nodes.First(n => n.Name == name).Output.Type;
            Assert.Equal(result, actual);
        }
    }
}
