using Hls4Net.Backends.Vitis.Tests.Project;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Passes;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Kernels;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Stream;

/// <summary>
/// Writes a project for a graph, runs the g++ C simulation (-Wall -Wextra -Werror, through <see cref="CsimFlow"/>) on seeded random inputs and
/// compares every output value's raw bits with the emulator (the independent reference for the generated C++).
/// </summary>
internal static class StreamCheck
{
    /// <summary>The shared models folder (…/shared/models), found by the test-support locator.</summary>
    public static string ModelsDir() => Path.Combine(Hls4Net.TestSupport.RepoPaths.SharedDir, "models");

    public static ProjectConfig Config(IoType io) => new() { ProjectName = "myproject", IoType = io };

    /// <summary>Import a model file (.onnx, or Keras .json + weights) and run the default pipeline for <paramref name="io"/>.</summary>
    public static Graph Import(string relativePath, string? weights, IoType io)
    {
        var graph = new ModelLoader().Load(Path.Combine(ModelsDir(), relativePath), weights is null ? null : Path.Combine(ModelsDir(), weights));
        return Compile(graph, io);
    }

    public static Graph Compile(Graph graph, IoType io)
    {
        DefaultPipeline.Create().Run(graph, new PassContext(Config(io), verifyAfterEachPass: true));
        return graph;
    }

    /// <summary>Generate, simulate and compare; returns the number of mismatching values and the first one.</summary>
    public static Result Run(Graph graph, IoType io, int samples, int seed, double range = 4)
    {
        var rng = new Random(seed);
        var rows = new List<double[]>();
        var width = graph.Inputs.Sum(v => v.Shape.Size);
        for (var s = 0; s < samples; s++)
        {
            var row = new double[width];
            for (var i = 0; i < width; i++) row[i] = Math.Round((rng.NextDouble() * 2 - 1) * range, 5);
            rows.Add(row);
        }
        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        var csim = CsimFlow.WriteAndSimulate(graph, Config(io), outDir, rows, CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types")));
        var cpp = File.ReadAllText(Path.Combine(outDir, "firmware", "myproject.cpp"));

        var perInput = new List<double[]>();
        var offset = 0;
        foreach (var v in graph.Inputs)
        {
            var flat = new double[samples * v.Shape.Size];
            for (var s = 0; s < samples; s++) Array.Copy(rows[s], offset, flat, s * v.Shape.Size, v.Shape.Size);
            perInput.Add(flat);
            offset += v.Shape.Size;
        }
        var emulated = new Interpreter(DefaultKernels.Create()).Run(graph, perInput, samples);
        var compared = CsimFlow.CompareRaw(emulated, csim.Outputs, samples);
        return new Result(samples, compared.Mismatches, compared.First, cpp);
    }

    public sealed record Result(int Samples, long Mismatches, string? First, string TopCpp);
}
