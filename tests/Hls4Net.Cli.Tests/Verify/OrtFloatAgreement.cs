using Hls4Net.Core.Data;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;
using Hls4Net.Verification;
using Xunit.Abstractions;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>
/// ONNX Runtime (verify's float reference) against the emulator's FloatInterpreter on 200 seeded samples (seed 3):
/// every output the same length, within <c>bound</c>, and holding a value that <c>informative</c> accepts.
/// </summary>
internal static class OrtFloatAgreement
{
    /// <summary>ORT runs <paramref name="onnx"/> (the model itself, or its ONNX twin); the interpreter runs <paramref name="compiled"/>.</summary>
    public static void Check(ITestOutputHelper output, string name, HlsDesign compiled, HlsDesign onnx, double bound, Predicate<double> informative)
    {
        var graph = compiled.Graph;
        var samples = SampleSet.Random(200, graph.Inputs[0].Shape.Size, seed: 3);

        var ort = new OnnxFloatReference(onnx.ModelPath, onnx.Graph).Run(samples, []);
        var independent = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(graph, samples.Flatten(), samples.Count);

        Assert.Equal(graph.Outputs.Count, ort.Outputs.Count);
        for (var k = 0; k < graph.Outputs.Count; k++)
        {
            Assert.Equal(independent.Outputs[k].Length, ort.Outputs[k].Length);
            var worst = independent.Outputs[k].Zip(ort.Outputs[k], (a, b) => Math.Abs(a - b)).Max();
            output.WriteLine($"{name} output {k}: ORT vs FloatInterpreter max abs difference {worst:G6}");
            Assert.True(worst <= bound, $"{name} output {k}: ORT and FloatInterpreter differ by {worst}");
            Assert.Contains(ort.Outputs[k], informative);
        }
    }
}
