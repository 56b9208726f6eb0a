using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>Test-only op: element-wise sum of two inputs of equal size.</summary>
public sealed class TestAddOp : Op
{
    public override string Kind => "TestAdd";

    public override OpTraits Traits => new() { LayerTypeKeys = [Kind] };

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        if (inputs.Count != 2 || inputs[0].Size != inputs[1].Size) throw new GraphException("TestAdd needs two inputs of equal size");
        return inputs[0];
    }
}
