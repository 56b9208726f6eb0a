using System.Text;
using Xunit.Abstractions;
using Hls4Net.TestSupport;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>
/// Seeded random comparison of the C# emulator arithmetic with our C++ ap_fixed.h / ap_int.h compiled by g++:
/// conversions from double (every Q x O pair, N 0..3, W 1..64 and 65..128, I below 0, 0 and above W) and
/// + - * between mixed types stored into a third type. Raw bits are compared for every case.
/// </summary>
public sealed class FixedVsHeaderPropertyTests(ITestOutputHelper output)
{
    private const int Seed = 20240611;
    private const int DoubleTypes = 700;
    private const int DoubleInputs = 24;
    private const int WideTypes = 100;
    private const int WideInputs = 5;
    private const int ArithGroups = 250;
    private const int ArithPairs = 6;
    private const int TranslationUnits = 2;

    [Fact]
    public void FastAndSlowPathsAgreeOnAllCases()
    {
        var gen = new HeaderCaseGenerator(Seed);
        var groups = Generate(gen);
        Assert.True(groups.Sum(g => g.Expected.Count) >= 20000);
        Assert.True(gen.FastSlowMismatches.Count == 0,
            $"{gen.FastSlowMismatches.Count} fast/slow disagreements:\n" + string.Join("\n", gen.FastSlowMismatches.Take(20)));
    }

    /// <summary>Takes a few minutes on a loaded 2-core machine (g++ -O1 on ~1,050 instantiated types);
    /// filter it out with <c>Category!=Gpp</c> for quick runs.</summary>
    [Fact]
    [Trait("Category", "Gpp")]
    [Trait("Lane", "Slow")]
    public void CSharpMatchesHeaderBitForBit()
    {
        var groups = Generate(new HeaderCaseGenerator(Seed));
        var include = RepoPaths.ApTypes;
        foreach (var h in new[] { "ap_fixed.h", "ap_int.h" })
            Assert.True(File.Exists(Path.Combine(include, h)), $"missing C++ header {Path.Combine(include, h)}");

        var parts = Enumerable.Range(0, TranslationUnits)
            .Select(p => groups.Where((_, i) => i % TranslationUnits == p).ToList()).ToList();
        var (outputs, compileTime) = CppHarness.CompileAndRun(include, parts.Select(CppHarness.Source).ToList());

        var mismatches = new List<string>();
        var counts = new SortedDictionary<string, int>();
        var bad = new SortedDictionary<string, int>();
        int total = 0;
        for (int p = 0; p < parts.Count; p++)
        {
            var lines = outputs[p];
            int expectedLines = parts[p].Sum(g => g.Expected.Count);
            Assert.True(lines.Length == expectedLines, $"TU {p} printed {lines.Length} lines, expected {expectedLines}");
            int li = 0;
            foreach (var g in parts[p])
            {
                for (int c = 0; c < g.Expected.Count; c++, li++)
                {
                    total++;
                    counts[g.Kinds[c]] = counts.GetValueOrDefault(g.Kinds[c]) + 1;
                    if (lines[li].Trim() == g.Expected[c])
                        continue;
                    bad[g.Kinds[c]] = bad.GetValueOrDefault(g.Kinds[c]) + 1;
                    mismatches.Add($"{g.Descriptions[c]}: header 0x{lines[li].Trim()}, C# 0x{g.Expected[c]}");
                }
            }
        }
        var report = new StringBuilder();
        report.AppendLine($"{total} cases in {groups.Count} groups, {TranslationUnits} TUs compiled in parallel in " +
                          $"{compileTime.TotalSeconds:F1} s, {mismatches.Count} mismatches");
        report.AppendLine("cases: " + string.Join(", ", counts.Select(kv => $"{kv.Key}={kv.Value}")));
        report.AppendLine("mismatches: " + string.Join(", ", bad.Select(kv => $"{kv.Key}={kv.Value}")));
        output.WriteLine(report.ToString());
        Assert.True(total >= 20000, $"only {total} cases");
        Assert.True(mismatches.Count == 0, report + string.Join("\n", mismatches.Take(20)));
    }

    private static List<HeaderCaseGroup> Generate(HeaderCaseGenerator gen)
    {
        var groups = new List<HeaderCaseGroup>();
        for (int i = 0; i < DoubleTypes; i++)
            groups.Add(gen.Doubles(i, 1, 64, DoubleInputs, "double"));
        for (int i = 0; i < WideTypes; i++)
            groups.Add(gen.Doubles(i, 65, 128, WideInputs, "wide-double"));
        for (int i = 0; i < ArithGroups; i++)
            groups.Add(gen.Arithmetic(i, ArithPairs));
        return groups;
    }
}
