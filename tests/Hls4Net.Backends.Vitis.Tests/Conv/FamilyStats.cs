namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>Per layer family: cases, compared values, emulator overflows and the mismatch descriptions.</summary>
public sealed class FamilyStats
{
    public int Cases { get; set; }

    public long Values { get; set; }

    public long Overflows { get; set; }

    public List<string> Mismatches { get; } = new();

    /// <summary>Prints the family's counts under <paramref name="label"/> and asserts enough cases, enough values and no mismatch.</summary>
    public void AssertBitExact(string label, string family, Xunit.Abstractions.ITestOutputHelper output)
    {
        output.WriteLine($"{label}: {Cases} {family} cases, {Values} values, {Mismatches.Count} mismatches");
        Assert.True(Cases >= 10 && Values > 1000, $"only {Cases} {family} cases, {Values} values");
        Assert.True(Mismatches.Count == 0,
            $"{Mismatches.Count} mismatches of {Values} values; first:\n{string.Join("\n", Mismatches.Take(10))}");
    }
}
