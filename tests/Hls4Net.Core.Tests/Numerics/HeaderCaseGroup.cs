namespace Hls4Net.Core.Tests.Numerics;

/// <summary>
/// One C++ call that prints several raw results, plus what the C# side expects for each printed line.
/// </summary>
/// <param name="CppCall">A statement (and the data it needs) emitted into main().</param>
/// <param name="CppData">Static data emitted at file scope before main().</param>
/// <param name="Expected">Expected hex raw bits, one per printed line.</param>
/// <param name="Descriptions">Human-readable description of each case (same order as <paramref name="Expected"/>).</param>
/// <param name="Kinds">Case family of each case for the coverage report ("double", "add", ...).</param>
internal sealed record HeaderCaseGroup(
    string CppData,
    string CppCall,
    IReadOnlyList<string> Expected,
    IReadOnlyList<string> Descriptions,
    IReadOnlyList<string> Kinds);
