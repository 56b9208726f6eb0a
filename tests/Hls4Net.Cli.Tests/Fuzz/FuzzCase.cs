namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// One generated input: the files to place in the case's <c>in/</c> folder and the CLI arguments. In arguments,
/// "@in/x" and "@out/x" stand for paths inside the case folder. <see cref="MustSucceed"/> marks cases whose input
/// is hostile but valid (e.g. a strange layer name), which must convert; <see cref="MustFail"/> marks inputs that
/// parse but must be refused, because reading them would silently change their meaning (e.g. a pad of 2^32 + 1).
/// </summary>
internal sealed record FuzzCase(string Category, string Name, IReadOnlyDictionary<string, byte[]> Files, string[] Args, bool MustSucceed = false)
{
    public bool MustFail { get; init; }

    /// <summary>The sub-command (convert, inspect, emulate).</summary>
    public string Command => Args[0];

    /// <summary>The project folder a successful convert may create, relative to the case folder.</summary>
    public const string ProjectFolder = "out/prj";

    public override string ToString() => $"{Category}/{Name}: hls4net {string.Join(' ', Args)}";
}
