using System.Reflection;
using Hls4Net.Backends.Vitis;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation;
using Serilog;
using Serilog.Core;

namespace Hls4Net.Benchmarking;

/// <summary>
/// Runs <c>hls4net bench</c>: the machine facts (warning when the build is not optimized), the convert timings
/// (<see cref="ConvertBench"/>) and the emulator throughput (<see cref="EmulatorBench"/>), gathered into a <see cref="BenchReport"/>.
/// </summary>
public sealed class BenchRunner
{
    private readonly ILogger _log;

    public BenchRunner(ILogger log) => _log = log;

    /// <param name="request">The model and configuration to measure.</param>
    /// <param name="settings">Sample count, batch size and timed runs (validated by the caller).</param>
    /// <param name="caller">The calling program's assembly, checked for an optimized build with the Hls4Net assemblies that do the work.</param>
    public BenchReport Run(CompileRequest request, BenchSettings settings, Assembly caller)
    {
        var machine = MachineFacts.Current([caller, typeof(Interpreter).Assembly, typeof(VitisBackend).Assembly, typeof(Graph).Assembly]);
        if (machine.Warning is { } warning) _log.Warning("{Warning}", warning);
        var convert = new ConvertBench(_log).Run(request, settings.Repeat);
        var compiled = new ModelCompiler(Logger.None).Compile(request);
        var emulator = new EmulatorBench(_log).Run(compiled.Graph, settings);
        return new BenchReport(compiled.ModelPath, compiled.Graph.Nodes.Count, settings.Repeat, machine, emulator, convert);
    }
}
