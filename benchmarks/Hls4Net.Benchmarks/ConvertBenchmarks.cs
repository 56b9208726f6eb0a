using BenchmarkDotNet.Attributes;
using Hls4Net.Backends.Vitis;
using Hls4Net.Core.Config;
using Serilog.Core;

namespace Hls4Net.Benchmarks;

/// <summary>The convert path: config + import + passes, then the Vitis project written to a new temporary folder.</summary>
[MemoryDiagnoser]
public class ConvertBenchmarks
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"hls4net-bdn-{Guid.NewGuid():N}");
    private CompileRequest _request = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _request = new CompileRequest(BenchModel.Path(), null, null, new ConfigOverrides());
        Directory.CreateDirectory(_root);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Benchmark(Description = "import + passes")]
    public int Compile() => new ModelCompiler(Logger.None).Compile(_request).Graph.Nodes.Count;

    [Benchmark(Description = "convert (import + passes + write project)")]
    public string Convert()
    {
        var compiled = new ModelCompiler(Logger.None).Compile(_request);
        var dir = Path.Combine(_root, (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new VitisBackend(DefaultEmitters.Create(), logger: Logger.None).Write(compiled.Graph, compiled.Config, dir, force: false, testInputs: null);
    }
}
