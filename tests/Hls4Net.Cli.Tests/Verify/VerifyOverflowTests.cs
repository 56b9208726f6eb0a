using System.Text.Json;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>Per-layer overflow counts and argmax agreement of <c>verify --json</c> on the 3-layer jet tagger.</summary>
[Collection(VerifyCollection.Name)]
public sealed class VerifyOverflowTests
{
    [SharedModelFact]
    public void DefaultPrecisionOverflowsInDenseLayersAndWiderTypesDoNot()
    {
        var narrow = CliRun.Of("verify", RepoPaths.OnnxModel("three_layer_keras"), "--semantics", "exact", "--json");
        Assert.True(narrow.Code == ExitCodes.Ok, narrow.ToString());
        var json = narrow.Json();
        Assert.Equal(1000, json.GetProperty("samples").GetInt32());
        Assert.StartsWith("ONNX Runtime", json.GetProperty("floatReference").GetString());
        var layers = Layers(json);
        Assert.Equal(9, layers.Count); // the input and 8 nodes, every layer listed
        Assert.All(layers, l => Assert.True(l.Stores > 0, l.Layer));
        var overflowing = layers.Where(l => l.Overflows > 0).ToList();
        Assert.NotEmpty(overflowing);
        // ap_fixed<16,6> holds [-32, 32): only the accumulating Dense layers leave that range on N(0,1) inputs.
        Assert.All(overflowing, l => Assert.StartsWith("Dense", l.Op));
        var output = json.GetProperty("outputs")[0];
        var agreement = output.GetProperty("argmaxAgreement").GetDouble();
        Assert.InRange(agreement, 0.9, 1.0);
        Assert.True(output.GetProperty("maxAbsError").GetDouble() > 0);

        var wide = CliRun.Of("verify", RepoPaths.OnnxModel("three_layer_keras"), "--precision", "ap_fixed<24,12>", "--semantics", "exact", "--json");
        Assert.True(wide.Code == ExitCodes.Ok, wide.ToString());
        var wideLayers = Layers(wide.Json());
        Assert.Equal(layers.Select(l => l.Layer), wideLayers.Select(l => l.Layer));
        Assert.All(wideLayers, l => Assert.Equal(0, l.Overflows));
        Assert.True(wide.Json().GetProperty("outputs")[0].GetProperty("maxAbsError").GetDouble()
            < output.GetProperty("maxAbsError").GetDouble());
    }

    [SharedModelFact]
    public void TextReportFlagsOverflowingLayersAndEndsWithTheVerdict()
    {
        var run = CliRun.Of("verify", RepoPaths.OnnxModel("three_layer_keras"));
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        var lines = run.Out.TrimEnd().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("_class__keras_layers_core_Dense__", StringComparison.Ordinal) && l.Contains("OVERFLOW"));
        Assert.Contains(lines, l => l.StartsWith("Relu ", StringComparison.Ordinal) && !l.Contains("OVERFLOW"));
        Assert.StartsWith("PASS: max abs error", lines[^1]);
        Assert.Contains("ONNX Runtime", run.Out);
    }

    private sealed record Row(string Layer, string Op, long Stores, long Overflows);

    private static List<Row> Layers(JsonElement json) => json.GetProperty("layers").EnumerateArray()
        .Select(l => new Row(l.GetProperty("layer").GetString()!, l.GetProperty("op").GetString()!, l.GetProperty("stores").GetInt64(), l.GetProperty("overflows").GetInt64()))
        .ToList();
}
