namespace Hls4Net.TestSupport;

/// <summary>
/// Marks a test class (or a <c>[CollectionDefinition]</c> class) whose test collection is among the longest of its
/// assembly, so <see cref="LongestFirstCollectionOrderer"/> starts it before the others: a long collection (often a
/// class fixture compiling one big g++ driver) that starts late finishes last, alone on one core. Rank 1 starts
/// first, then 2, ...; collections without the attribute follow in xunit's default order. Keep the rank with the
/// class and move it when the class's cost changes (docs/testing.md, "Lanes and suite time").
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class StartsFirstAttribute(int rank) : Attribute
{
    /// <summary>Smaller ranks start earlier.</summary>
    public int Rank { get; } = rank;
}
