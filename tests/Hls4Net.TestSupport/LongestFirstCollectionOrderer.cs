using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Hls4Net.TestSupport;

/// <summary>
/// xunit 2 collection orderer (<c>[assembly: TestCollectionOrderer(LongestFirstCollectionOrderer.TypeName,
/// LongestFirstCollectionOrderer.AssemblyName)]</c>): collections marked <see cref="StartsFirstAttribute"/> first, by
/// rank, then the rest in xunit's default order. xunit starts collections in this order and runs at most
/// maxParallelThreads of them at once (a class fixture holds its slot while it builds), so the longest ones
/// should not be the last to start. Changes only the order, never which tests run. The chosen order is written
/// as a diagnostic message (<c>dotnet test -- xUnit.DiagnosticMessages=true</c>).
/// </summary>
public sealed class LongestFirstCollectionOrderer(IMessageSink diagnosticMessageSink) : ITestCollectionOrderer
{
    /// <summary>The orderer's full type name, for the assembly attribute.</summary>
    public const string TypeName = "Hls4Net.TestSupport.LongestFirstCollectionOrderer";

    /// <summary>This assembly's name, for the assembly attribute.</summary>
    public const string AssemblyName = "Hls4Net.TestSupport";

    /// <summary>xunit 2's display name of a class's own collection (CollectionPerClassTestCollectionFactory).</summary>
    private const string PerClassPrefix = "Test collection for ";

    private readonly DefaultTestCollectionOrderer _default = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
    {
        // OrderBy is stable: unranked collections keep xunit's default order among themselves.
        var ordered = _default.OrderTestCollections(testCollections)
            .Select(c => (Collection: c, Rank: RankOf(c)))
            .OrderBy(x => x.Rank ?? int.MaxValue)
            .ToList();
        var ranked = ordered.Where(x => x.Rank is not null).Select(x => $"{x.Rank}:{x.Collection.DisplayName}");
        diagnosticMessageSink.OnMessage(new DiagnosticMessage(
            $"LongestFirstCollectionOrderer: {ordered.Count} collections; starting first: {string.Join(", ", ranked)}"));
        return ordered.Select(x => x.Collection);
    }

    private static int? RankOf(ITestCollection collection)
    {
        var type = collection.CollectionDefinition;
        if (type is null && collection.DisplayName.StartsWith(PerClassPrefix, StringComparison.Ordinal))
            type = collection.TestAssembly.Assembly.GetType(collection.DisplayName[PerClassPrefix.Length..]);
        var attribute = type?.GetCustomAttributes(typeof(StartsFirstAttribute).AssemblyQualifiedName).FirstOrDefault();
        return attribute?.GetConstructorArguments().FirstOrDefault() as int?;
    }
}
