
namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>Einsum, MatMul between activations and LayerNormalization at import: what maps, and refusals naming the node.</summary>
public sealed class OnnxSequenceOpTests
{
    [Theory]
    [InlineData("bij,bjk->bik", "Dot(A.B)")]
    [InlineData("bij,bkj->bik", "Dot(A.B^T)")]
    [InlineData("bji,bjk->bik", "Dot(A^T.B)")]
    public void EinsumMatrixProductsOfTwoActivationsAreDots(string equation, string expected)
    {
        var m = new OnnxModelBuilder(13, "e").Input("a", 3, 3).Input("b", 3, 3).Output("y", 3, 3)
            .Node("Einsum", "mm", ["a", "b"], "y", ("equation", equation));
        Assert.Contains($"mm = {expected}(a, b) -> [3x3]", m.Print(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOtherEinsumEquationIsRefusedNamingItAndTheNode()
    {
        var m = new OnnxModelBuilder(13, "e").Input("a", 3).Input("b", 4).Output("y", 3, 4)
            .Node("Einsum", "outer", ["a", "b"], "y", ("equation", "bi,bj->bij"));
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.StartsWith("ONNX Einsum equation 'bi,bj->bij' is not supported (node 'outer') in model 'e.onnx'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MatMulOfTwoActivationsIsADot()
    {
        var m = new OnnxModelBuilder(13, "m").Input("a", 2, 3).Input("b", 3, 4).Output("y", 2, 4).Node("MatMul", "mm", ["a", "b"], "y");
        Assert.Contains("mm = Dot(A.B)(a, b) -> [2x4]", m.Print(), StringComparison.Ordinal);
    }

    [Fact]
    public void LayerNormalizationOverAnInnerAxisIsRefusedNamingTheNode()
    {
        var m = new OnnxModelBuilder(17, "ln").Input("x", 3, 4).Output("y", 3, 4).Init("g", [4], [1f, 1f, 1f, 1f])
            .Node("LayerNormalization", "norm", ["x", "g"], "y", ("axis", 1L));
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.StartsWith("unsupported value 1 for attribute 'axis' of ONNX op 'LayerNormalization' (node 'norm') in model 'ln.onnx'", ex.Message, StringComparison.Ordinal);
    }
}
