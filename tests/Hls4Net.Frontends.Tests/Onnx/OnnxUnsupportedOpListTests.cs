namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>A model with several unsupported ops names every one of them (op type, node, what would work instead).</summary>
public sealed class OnnxUnsupportedOpListTests
{
    [Fact]
    public void EveryUnsupportedOp_IsListed_WithNodeDomainAndAlternative()
    {
        var m = new OnnxModelBuilder(13, "many").Input("x", 4).Output("y", 4)
            .Node("Erf", "erf1", ["x"], "a")
            .Node("Relu", "ok", ["a"], "b")
            .Node("LogSoftmax", "lsm", ["b"], "c")
            .Node("FusedGemm", "fused", ["c"], "y");
        m.Graph.Node[3].Domain = "com.microsoft";

        var ex = Assert.Throws<ModelLoadException>(() => m.Import());

        Assert.StartsWith("3 unsupported ONNX ops in model 'many.onnx': ", ex.Message);
        Assert.Contains("'Erf' (node 'erf1'): not supported; use Relu", ex.Message);
        Assert.Contains("'LogSoftmax' (node 'lsm'): not supported; use Softmax", ex.Message);
        Assert.Contains("'FusedGemm' from domain 'com.microsoft' (node 'fused'): only the default ONNX domain", ex.Message);
        Assert.DoesNotContain("'ok'", ex.Message);
        Assert.DoesNotContain("\n", ex.Message);
    }

    [Fact]
    public void GatherOfLayerDataByComputedIndices_IsAnErrorSayingItWorksOnlyAsAnEmbedding()
    {
        // (a constant index into layer data is a crop: OnnxTorchUserModelImportTests)
        var m = new OnnxModelBuilder(13, "g").Input("x", 4).Input("i", 1).Output("y", 1)
            .Node("Gather", "pick", ["x", "i"], "y", ("axis", 1L));
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Equal("ONNX op 'Gather' on layer data is supported only as an embedding: a constant 2-D table indexed by layer data (input 0 must be a constant) (node 'pick') in model 'g.onnx'", ex.Message);
    }
}
