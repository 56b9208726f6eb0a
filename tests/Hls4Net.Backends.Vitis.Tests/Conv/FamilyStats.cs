namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>Per layer family: cases, compared values, emulator overflows and the mismatch descriptions.</summary>
public sealed class FamilyStats
{
    public int Cases { get; set; }

    public long Values { get; set; }

    public long Overflows { get; set; }

    public List<string> Mismatches { get; } = new();
}
