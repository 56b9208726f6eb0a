using System.Globalization;
using System.Text;
using Hls4Net.TestSupport;

namespace Hls4Net.Core.Tests.Headers;

/// <summary>The 40 normative vectors of ap-fixed-semantics.md section 8, converted from double by our ap_types
/// headers compiled with g++. Raw bits are read with x[i] only, so the driver would also run on vendor headers.</summary>
public sealed class ApHeaderVectorTests
{
    [SharedVectorsFact]
    public void AllVectorsConvertToTheExpectedRawValue()
    {
        var lines = File.ReadAllLines(RepoPaths.SharedFileOrNull("docs/ap-fixed-vectors.csv")!);
        Assert.Equal("id,input,kind,W,I,Q,O,N,result,raw", lines[0]);
        var rows = lines.Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split(',')).ToList();
        Assert.Equal(40, rows.Count);

        var lines2 = GppRunner.CompileAndRun("ap_vectors", DriverSource(rows));

        var got = lines2.Select(l => l.Split(' ')).ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));
        var failures = new List<string>();
        foreach (var r in rows)
        {
            var expected = long.Parse(r[9], CultureInfo.InvariantCulture);
            if (!got.TryGetValue(r[0], out var raw))
                failures.Add($"{r[0]}: no output");
            else if (raw != expected)
                failures.Add($"{r[0]}: {r[1]} -> {TypeName(r)} gave raw {raw}, expected {expected}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string DriverSource(List<string[]> rows)
    {
        var sb = new StringBuilder("""
            #include <ap_fixed.h>
            #include <cstdio>
            #include <limits>
            // Signed raw value from the bit-select API only (W <= 64).
            template <class T> long long raw_of(T& x, int w, bool is_signed) {
              unsigned long long u = 0;
              for (int i = 0; i < w; i++) { bool b = x[i]; if (b) u |= 1ULL << i; }
              if (is_signed && w < 64 && ((u >> (w - 1)) & 1ULL)) u |= ~0ULL << w;
              return (long long)u;
            }
            int main() {

            """);
        foreach (var r in rows)
        {
            int w = int.Parse(r[3], CultureInfo.InvariantCulture);
            Assert.InRange(w, 1, 64);
            sb.Append($"  {{ const double in = {CppDouble(r[1])}; {TypeName(r)} x = in; ")
              .Append($"std::printf(\"{r[0]} %lld\\n\", raw_of(x, {w}, {(r[2] == "ap_fixed" ? "true" : "false")})); }}\n");
        }
        return sb.Append("  return 0;\n}\n").ToString();
    }

    private static string TypeName(string[] r) => $"{r[2]}<{r[3]},{r[4]},{r[5]},{r[6]},{r[7]}>";

    private static string CppDouble(string s)
    {
        var t = s.Trim().ToLowerInvariant();
        if (t is "inf" or "+inf")
            return "std::numeric_limits<double>::infinity()";
        if (t == "-inf")
            return "-std::numeric_limits<double>::infinity()";
        var d = double.Parse(t, CultureInfo.InvariantCulture);
        return d.ToString("R", CultureInfo.InvariantCulture) is var lit && (lit.Contains('.') || lit.Contains('E'))
            ? lit
            : lit + ".0";
    }
}
