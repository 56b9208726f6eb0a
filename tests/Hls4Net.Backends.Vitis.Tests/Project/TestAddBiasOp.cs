using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>Test-only op: y[i] = x[i] + bias[i], stored into the result type.</summary>
public sealed class TestAddBiasOp : Op
{
    public TestAddBiasOp(double[] bias) => Bias = bias;

    public double[] Bias { get; }

    public override string Kind => "TestAddBias";

    public override OpTraits Traits => new() { LayerTypeKeys = [Kind] };

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        if (inputs.Count != 1 || inputs[0].Size != Bias.Length) throw new GraphException("TestAddBias needs one input of the bias' size");
        return inputs[0];
    }
}
