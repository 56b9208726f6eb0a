using Hls4Net.Core.Ir;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;

namespace Hls4Net.Emulation.Tests.Float;

/// <summary>Runs one op as a single-node graph through the default <see cref="FloatInterpreter"/>.</summary>
internal static class FloatHarness
{
    /// <summary>Evaluate <paramref name="op"/> on batch-major inputs of the given (per-sample) shapes.</summary>
    public static (double[] Y, Shape Shape) Run(Op op, int batch, params (Shape Shape, double[] X)[] inputs)
    {
        var g = new Graph("one");
        var values = inputs.Select((x, k) => new Value($"in{k}", x.Shape)).ToArray();
        g.Inputs.AddRange(values);
        var node = g.Add("layer", op, values);
        g.Outputs.Add(node.Output);
        var y = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(g, inputs.Select(x => x.X).ToList(), batch).Outputs.Single();
        return (y, node.Output.Shape);
    }

    /// <summary>Equal within 1e-9 (float weights such as 0.5 are exact; sums of a few doubles barely round).</summary>
    public static void Near(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-9, $"element {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
