using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Emulation;
using Hls4Net.TestSupport;
using Hls4Net.Verification;
using Serilog.Core;

namespace Hls4Net.Cli.Tests.Verdicts;

/// <summary>The repository's tiny_mlp sample model emulated on a few seeded random samples (no ../shared needed).</summary>
internal static class EmulatedSamples
{
    public static readonly string Model = RepoPaths.Sample("tiny_mlp.onnx");

    public static (HlsDesign Model, InterpreterResult Result) Run(int samples = 6)
    {
        var compiled = new ModelCompiler(Logger.None).Compile(new CompileRequest(Model, null, null, new ConfigOverrides()));
        var set = SampleSet.Random(samples, compiled.Graph.Inputs[0].Shape.Size, seed: 3);
        return (compiled, new EmulationRunner().Run(compiled.Graph, set));
    }

    /// <summary>Rows exactly as a bit-exact C simulation prints them: the emulator's own values.</summary>
    public static List<double[]> Rows(InterpreterResult result) => EmulationRunner.Rows(result).Select(r => r.ToArray()).ToList();

    /// <summary>One least significant bit of the first output's type.</summary>
    public static double Lsb(InterpreterResult result) => Math.ScaleB(1.0, -result.Outputs[0].Type.FracBits);
}
