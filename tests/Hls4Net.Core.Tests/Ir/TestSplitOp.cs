using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Tests.Ir;

/// <summary>Test-only op with two outputs: the first <see cref="Head"/> elements of the last axis, and the rest.</summary>
public sealed class TestSplitOp : Op
{
    public TestSplitOp(int head) => Head = head;

    public int Head { get; }

    public override string Kind => "TestSplit";

    public override OpTraits Traits => new() { LayerTypeKeys = [Kind] };

    public override Shape InferShape(IReadOnlyList<Shape> inputs) => throw new GraphException("TestSplit has two outputs");

    public override IReadOnlyList<Shape> InferShapes(IReadOnlyList<Shape> inputs)
    {
        if (inputs.Count != 1 || inputs[0].Dims[^1] <= Head) throw new GraphException($"TestSplit needs one input longer than {Head}");
        var s = inputs[0];
        return [new Shape(s.Dims.SetItem(s.Rank - 1, Head)), new Shape(s.Dims.SetItem(s.Rank - 1, s.Dims[^1] - Head))];
    }

    public override string Describe() => $"TestSplit({Head})";
}
