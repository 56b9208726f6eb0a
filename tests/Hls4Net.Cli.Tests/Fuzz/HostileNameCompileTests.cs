using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// Every hostile name at once (C++ keywords, reserved and generated names, unicode, path separators, "..", empty,
/// very long, duplicates, case and sanitization twins) as layer and tensor names of one model: it converts, its
/// files stay inside the project with safe names, and the generated C++ compiles (g++ -Wall -Wextra -Werror through
/// the csim runner) and agrees bit for bit with the emulator. One g++ compile.
/// </summary>
[StartsFirst(3)]
public sealed class HostileNameCompileTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hls4net-names-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void AllHostileNamesTogetherConvertCompileAndMatchTheEmulator()
    {
        var model = Path.Combine(_dir.FullName, "hostile.onnx");
        File.WriteAllBytes(model, HostileNames.AllAtOnce());
        var project = Path.Combine(_dir.FullName, "out", "prj");

        var convert = CliRun.Of("convert", model, "--input", RepoPaths.Sample("jet_mlp_input.csv"), "-o", project);
        Assert.True(convert.Code == 0, convert.ToString());

        var outside = Directory.GetFileSystemEntries(_dir.FullName, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_dir.FullName, p))
            .Where(p => p != "hostile.onnx" && p != "out" && !p.StartsWith(Path.Combine("out", "prj"), StringComparison.Ordinal));
        Assert.Empty(outside);
        var files = Directory.GetFiles(project, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(project, f)).ToList();
        Assert.All(files, f => Assert.Matches("^[A-Za-z0-9_/.+-]+$", f));
        Assert.Equal(files.Count, files.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // Every hostile name is a layer of the compiled graph, and a keyword layer's sanitized id is in the code.
        var layers = CliRun.Of("inspect", model, "--json").Json().EnumerateArray().Select(l => l.GetProperty("layer").GetString()!).ToHashSet();
        Assert.All(HostileNames.All.Where(n => n.Length > 0), n => Assert.Contains(n, layers));
        var firmware = string.Concat(Directory.GetFiles(Path.Combine(project, "firmware"), "*.*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains(IdentifierSanitizer.Clean("class"), firmware, StringComparison.Ordinal);

        var csim = CliRun.Of("csim", project, "--compare");
        Assert.True(csim.Code == 0, csim.ToString());
        Assert.Contains("bit-exact: 8/8", csim.Out, StringComparison.Ordinal);
    }
}
