using System.Globalization;
using Hls4Net.Backends.Vitis;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Serilog.Core;

namespace Hls4Net.TestSupport;

/// <summary>
/// The tests' one write → C simulation → compare flow: writes the Vitis project of a graph with its inputs, runs the
/// product's <see cref="CsimRunner"/> at <c>-O1</c> with simulations shared by content hash
/// (<see cref="NativeProgram.CacheDir"/>), and compares the printed outputs with the emulator's raw codes.
/// </summary>
public static class CsimFlow
{
    /// <summary>The g++ optimization level of test simulations (the same code is bit-exact at every level; -O1 builds faster).</summary>
    public const int TestOptimizationLevel = 1;

    /// <summary>
    /// Options for a test simulation: -O1, the shared build cache, <paramref name="apTypesDir"/> when given, and -Werror
    /// unless <paramref name="warningsAsErrors"/> is false (for headers other than ours, which may warn).
    /// </summary>
    public static CsimOptions Options(string? apTypesDir = null, int optimizationLevel = TestOptimizationLevel, bool warningsAsErrors = true) =>
        new() { ApTypesDir = apTypesDir, OptimizationLevel = optimizationLevel, BuildCacheDir = NativeProgram.CacheDir, WarningsAsErrors = warningsAsErrors };

    /// <summary>C simulation of an existing project with <paramref name="options"/> (default: <see cref="Options"/>).</summary>
    public static CsimResult Simulate(string projectDir, string? inputFile = null, CsimOptions? options = null) =>
        new CsimRunner(Logger.None).Run(projectDir, inputFile, options ?? Options());

    /// <summary>Writes the project of <paramref name="graph"/> with <paramref name="rows"/> as its testbench inputs, then simulates it.</summary>
    public static CsimResult WriteAndSimulate(Graph graph, ProjectConfig config, string projectDir, IReadOnlyList<double[]> rows, CsimOptions? options = null)
    {
        new VitisBackend(StandardOps.Create().Emitters(), logger: Logger.None).Write(graph, config, projectDir, force: false, rows);
        return Simulate(projectDir, Path.Combine(projectDir, "tb_data", "tb_input_features.dat"), options);
    }

    /// <summary>
    /// Counts the output values where the C simulation's printed value is not exactly the emulator's raw code (the
    /// printed value must convert back to the same raw code without overflow, and that code must print as the same
    /// double), plus one per sample with the wrong number of values; the first mismatch is described.
    /// </summary>
    public static RawComparison CompareRaw(InterpreterResult emulated, IReadOnlyList<double[]> csim, int samples)
    {
        if (csim.Count != samples) return new RawComparison(samples, samples, $"C simulation gave {csim.Count} samples");
        long mismatches = 0;
        string? first = null;
        for (var b = 0; b < samples; b++)
        {
            var column = 0;
            foreach (var tensor in emulated.Outputs)
            {
                var raw = tensor.Sample(b);
                for (var i = 0; i < raw.Length; i++, column++)
                {
                    var printed = column < csim[b].Length ? csim[b][column] : double.NaN;
                    if (Same(raw[i], tensor.Type, printed)) continue;
                    mismatches++;
                    first ??= string.Create(CultureInfo.InvariantCulture,
                        $"sample {b}, output {column}: emulator raw {raw[i]} ({tensor.Type}), C simulation {printed:R}");
                }
            }
            if (column != csim[b].Length)
            {
                mismatches++;
                first ??= $"sample {b}: C simulation printed {csim[b].Length} values, expected {column}";
            }
        }
        return new RawComparison(samples, mismatches, first);
    }

    private static bool Same(long raw, FixedType type, double printed)
    {
        if (double.IsNaN(printed)) return false;
        var back = FixedMath.FromDouble(printed, type, out var overflowed);
        return !overflowed && back == raw && FixedMath.ToDouble(back, type.FracBits) == printed;
    }
}
