using System.Globalization;
using System.Numerics;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;

namespace Hls4Net.Verification;

/// <summary>
/// Compares emulator outputs with C-simulation outputs as raw stored integers. The testbench prints each value
/// with %.17g of to_double(), which is exact for types up to 53 bits, and wider outputs as exact raw codes
/// (see <see cref="CsimValue"/>); a printed value that is not exactly a
/// value of the output type counts as a mismatch, and so does NaN. Samples and columns are numbered from 1 in messages.
/// </summary>
public sealed class BitExactComparer
{
    /// <summary>Compares with a C simulation's values as printed (exact for wide outputs).</summary>
    public BitExactReport Compare(InterpreterResult emulated, CsimResult csim) =>
        csim.Values is { } values ? Compare(emulated, values) : Compare(emulated, csim.Outputs);

    /// <summary>Compares with values printed by <c>%.17g</c>.</summary>
    public BitExactReport Compare(InterpreterResult emulated, IReadOnlyList<double[]> csim) =>
        Compare(emulated, csim.Select(r => r.Select(v => new CsimValue(v)).ToArray()).ToList());

    /// <summary>Compares with values as printed by the testbench, exact tokens of wide outputs included: every value must be exactly the emulator's.</summary>
    public BitExactReport Compare(InterpreterResult emulated, IReadOnlyList<CsimValue[]> csim) => CompareByOutput(emulated, csim).Report;

    /// <summary>
    /// The one bit-exact rule: a sample is bit-exact when every value of every output is exactly the emulator's and the
    /// C simulation printed no more and no fewer values; an output is bit-exact on a sample when each of its own values is.
    /// </summary>
    public BitExactComparison CompareByOutput(InterpreterResult emulated, IReadOnlyList<CsimValue[]> csim)
    {
        var outputs = emulated.Outputs;
        var batch = outputs[0].Batch;
        var perOutput = new int[outputs.Count];
        if (csim.Count != batch) return new BitExactComparison(new BitExactReport(batch, 0, batch, $"C simulation produced {csim.Count} samples, the emulator {batch}"), perOutput);
        int exact = 0;
        long mismatched = 0;
        string? first = null;
        for (var b = 0; b < batch; b++)
        {
            var ok = true;
            var column = 0;
            for (var k = 0; k < outputs.Count; k++)
            {
                var tensor = outputs[k];
                var outputOk = true;
                for (var i = 0; i < tensor.SampleSize; i++, column++)
                {
                    var raw = tensor.At(b * tensor.SampleSize + i);
                    if (column < csim[b].Length && Same(raw, tensor.Type, csim[b][column])) continue;
                    ok = outputOk = false;
                    mismatched++;
                    first ??= Describe(b, column, raw, tensor.Type, column < csim[b].Length ? csim[b][column] : new CsimValue(double.NaN));
                }
                if (outputOk) perOutput[k]++;
            }
            if (csim[b].Length != column && ok)
            {
                ok = false;
                mismatched++;
                first ??= $"sample {b + 1}: C simulation printed {csim[b].Length} values, expected {column}";
            }
            if (ok) exact++;
        }
        return new BitExactComparison(new BitExactReport(batch, exact, mismatched, first), perOutput);
    }

    /// <summary>True when the printed value is exactly the emulator's value raw*2^-F of <paramref name="type"/> (NaN never is).</summary>
    private static bool Same(BigInteger raw, FixedType type, CsimValue printed) => printed.Matches(raw, type);

    private static string Describe(int sample, int column, BigInteger raw, FixedType type, CsimValue printed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"sample {sample + 1}, output column {column + 1}: emulator {FixedMath.ToDouble(raw, type.FracBits):R} (raw {raw}, {type}), C simulation {Printed(printed)}");

    private static string Printed(CsimValue v) => v.Raw is { } r
        ? string.Create(CultureInfo.InvariantCulture, $"{v.Value:R} (raw {r} * 2^-{v.FracBits})")
        : v.Value.ToString("R", CultureInfo.InvariantCulture);
}
