using Hls4Net.Backends.Cpp.Templates;
using Hls4Net.Backends.Vitis.Emitters;

namespace Hls4Net.Backends.Vitis.Tests.Tables;

/// <summary>Builds and runs the C++ driver for all cases once per test run.</summary>
public sealed class TableBitExactFixture
{
    public TableBitExactFixture()
    {
        Cases = TableCaseFactory.All();
        var locator = new TemplateLocator();
        var renderer = new TemplateRenderer(locator.Folders);
        Source = CppDriver.Generate(Cases, renderer);
        var dir = Path.Combine(Path.GetTempPath(), "hls4net-tables-" + Environment.ProcessId);
        var lines = CppDriver.CompileAndRun(Source, locator.Root, dir);
        Outputs = lines.Select(l => l.Split(' ')).ToDictionary(p => int.Parse(p[1]), p => p.Skip(2).Select(ulong.Parse).ToArray());
        Directory.Delete(dir, recursive: true); // kept only when compiling or running failed (the exception names it)
    }

    public IReadOnlyList<TableCase> Cases { get; }

    public string Source { get; }

    /// <summary>Raw output codes (as unsigned W-bit patterns) per case index.</summary>
    public Dictionary<int, ulong[]> Outputs { get; }
}
