namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>Hostile constant-only subgraphs: the constant folder refuses them itself, naming the folded node.</summary>
public class OnnxConstantFolderBadInputTests
{
    /// <summary>x[6] + k, where <paramref name="constants"/> adds the nodes computing k from constants only.</summary>
    private static OnnxModelBuilder AddFolded(Func<OnnxModelBuilder, OnnxModelBuilder> constants) =>
        constants(new OnnxModelBuilder(13, "m").Input("x", 6).Output("y", 6)).Node("Add", "add", ["x", "k"], "y");

    [Fact]
    public void Concat_WithAnEmptyInput_NamesTheNode()
    {
        var m = AddFolded(b => b.Init("a", [3], [1, 2, 3]).Init("b", [3], [4, 5, 6])
            .Node("Concat", "cat", ["a", "", "b"], "k", ("axis", 0L)));
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Contains("(node 'cat')", ex.Message);
        Assert.Contains("Concat input is empty", ex.Message);
    }

    [Fact]
    public void Reshape_ToNegativeDimsWhoseProductFits_IsRefused()
    {
        var m = AddFolded(b => b.Init("a", [6], [1, 2, 3, 4, 5, 6]).InitInt64("s", -2, -3)
            .Node("Reshape", "r", ["a", "s"], "k"));
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Contains("(node 'r')", ex.Message);
        Assert.Contains("cannot reshape constant of shape [6] to [-2,-3]", ex.Message);
    }

    [Fact]
    public void ConstantOfShape_WhoseSizeWrapsAroundALong_IsTooLarge()
    {
        // 2^32 * 2^32 * 3 = 3 * 2^64: a wrapping product would call it 0 values.
        var m = AddFolded(b => b.InitInt64("s", 1L << 32, 1L << 32, 3).Node("ConstantOfShape", "c", ["s"], "k"));
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Contains("(node 'c')", ex.Message);
        Assert.Contains("is too large", ex.Message);
    }
}
