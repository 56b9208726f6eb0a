using System.Globalization;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;

namespace Hls4Net.Cli;

/// <summary>
/// Compares emulator outputs with C-simulation outputs as raw stored integers. The testbench prints each value
/// with %.17g of to_double(), which is exact for types up to 53 bits; a printed value that is not exactly a
/// value of the output type counts as a mismatch, and so does NaN. Samples and columns are numbered from 1 in messages.
/// </summary>
public sealed class BitExactComparer
{
    public BitExactReport Compare(InterpreterResult emulated, IReadOnlyList<double[]> csim)
    {
        var outputs = emulated.Outputs;
        var batch = outputs[0].Batch;
        if (csim.Count != batch) return new BitExactReport(batch, 0, batch, $"C simulation produced {csim.Count} samples, the emulator {batch}");
        int exact = 0;
        long mismatched = 0;
        string? first = null;
        for (var b = 0; b < batch; b++)
        {
            var ok = true;
            var column = 0;
            foreach (var tensor in outputs)
            {
                var raw = tensor.Sample(b);
                for (var i = 0; i < raw.Length; i++, column++)
                {
                    if (column < csim[b].Length && Same(raw[i], tensor.Type, csim[b][column])) continue;
                    ok = false;
                    mismatched++;
                    first ??= Describe(b, column, raw[i], tensor.Type, column < csim[b].Length ? csim[b][column] : double.NaN);
                }
            }
            if (csim[b].Length != column && ok)
            {
                ok = false;
                mismatched++;
                first ??= $"sample {b + 1}: C simulation printed {csim[b].Length} values, expected {column}";
            }
            if (ok) exact++;
        }
        return new BitExactReport(batch, exact, mismatched, first);
    }

    private static bool Same(long raw, FixedType type, double printed)
    {
        if (double.IsNaN(printed)) return false;
        var back = FixedMath.FromDouble(printed, type, out var overflowed);
        return !overflowed && back == raw && FixedMath.ToDouble(back, type.FracBits) == printed;
    }

    private static string Describe(int sample, int column, long raw, FixedType type, double printed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"sample {sample + 1}, output column {column + 1}: emulator {FixedMath.ToDouble(raw, type.FracBits):R} (raw {raw}, {type}), C simulation {printed:R}");
}
