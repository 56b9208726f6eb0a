using System.Globalization;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Backends.Vitis.Tests.Project;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Frontends.Keras;
using Hls4Net.Frontends.Onnx;

namespace Hls4Net.Backends.Vitis.Tests.Stream;

/// <summary>
/// Writes a project for a graph, runs the g++ C simulation (-Wall -Wextra -Werror) on seeded random inputs and
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
        var path = Path.Combine(ModelsDir(), relativePath);
        var graph = path.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase)
            ? new OnnxImporter().Import(path)
            : new KerasImporter().Import(path, weights is null ? null : Path.Combine(ModelsDir(), weights));
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
        new VitisBackend(DefaultEmitters.Create()).Write(graph, Config(io), outDir, false, rows);
        var csim = new CsimRunner().Run(outDir, options: new CsimOptions { ApTypesDir = Path.Combine(outDir, "firmware", "ap_types"), WarningsAsErrors = true });
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
        long mismatches = 0;
        string? first = null;
        if (csim.Outputs.Count != samples) return new Result(samples, samples, $"C simulation gave {csim.Outputs.Count} samples", cpp);
        for (var b = 0; b < samples; b++)
        {
            var column = 0;
            foreach (var tensor in emulated.Outputs)
            {
                var raw = tensor.Sample(b);
                for (var i = 0; i < raw.Length; i++, column++)
                {
                    var printed = column < csim.Outputs[b].Length ? csim.Outputs[b][column] : double.NaN;
                    if (Same(raw[i], tensor.Type, printed)) continue;
                    mismatches++;
                    first ??= string.Create(CultureInfo.InvariantCulture,
                        $"sample {b}, output {column}: emulator raw {raw[i]} ({tensor.Type}), C simulation {printed:R}");
                }
            }
            if (column != csim.Outputs[b].Length)
            {
                mismatches++;
                first ??= $"sample {b}: C simulation printed {csim.Outputs[b].Length} values, expected {column}";
            }
        }
        return new Result(samples, mismatches, first, cpp);
    }

    private static bool Same(long raw, FixedType type, double printed)
    {
        if (double.IsNaN(printed)) return false;
        var back = FixedMath.FromDouble(printed, type, out var overflowed);
        return !overflowed && back == raw && FixedMath.ToDouble(back, type.FracBits) == printed;
    }

    public sealed record Result(int Samples, long Mismatches, string? First, string TopCpp);
}
