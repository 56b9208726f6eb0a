using Xunit.Abstractions;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>Prints the case count and the precision coverage of generated cases, and fails when a feature is missing.</summary>
internal static class LayerCoverageCheck
{
    public static void Assert(IReadOnlyList<LayerCase> cases, string label, ITestOutputHelper output)
    {
        var counts = PrecisionCoverage.Count(cases);
        output.WriteLine($"{label}: {cases.Count} cases ({string.Join(", ", cases.GroupBy(c => c.Family).Select(g => $"{g.Count()} {g.Key}"))})");
        foreach (var (feature, n) in counts) output.WriteLine($"  {feature}: {n}");
        var required = new[] { "input", "result", "accum" }.SelectMany(PrecisionCoverage.Required).Append("accum != result");
        var missing = required.Where(r => counts.GetValueOrDefault(r) == 0).ToList();
        Xunit.Assert.True(missing.Count == 0, $"{label}: no case with {string.Join(", ", missing)}");
    }
}
