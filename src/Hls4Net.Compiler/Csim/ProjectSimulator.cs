using Hls4Net.Backends.Cpp.Build;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Verification;
using Serilog;

namespace Hls4Net.Csim;

/// <summary>
/// C-simulates a project folder written by Hls4Net (<c>hls4net csim</c>): optionally installs new test inputs with the
/// emulator's predictions first (<see cref="TestbenchInputWriter"/>), runs the g++ testbench, and optionally compares
/// its outputs with the emulator of the model recompiled from the project's own hls4ml_config.yml.
/// </summary>
public sealed class ProjectSimulator
{
    private readonly ILogger _log;

    public ProjectSimulator(ILogger log) => _log = log;

    /// <param name="projectDir">The project folder.</param>
    /// <param name="newInput">A sample file (.csv/.npy/.dat) replacing tb_data's inputs and predictions, or null for the project's own.</param>
    /// <param name="apTypesDir">Folder with ap_fixed.h/ap_int.h, or null for the default.</param>
    /// <param name="compare">Compare every output bit with the emulator.</param>
    public ProjectSimulation Run(string projectDir, string? newInput, string? apTypesDir, bool compare)
    {
        if (!Directory.Exists(projectDir)) throw new IOException($"project folder not found: '{projectDir}'");
        var design = newInput is not null || compare
            ? new ModelCompiler(_log).Compile(new CompileRequest(null, null, Path.Combine(projectDir, "hls4ml_config.yml"), new ConfigOverrides()))
            : null;
        using var swap = newInput is null ? null : new TestbenchInputWriter().Install(projectDir, newInput, design!);
        var input = DefaultInput(projectDir);
        var csim = new CsimRunner(_log).Run(projectDir, null, new CsimOptions { ApTypesDir = apTypesDir, PrecompiledHeaderDir = UserCache.Folder("pch") });
        swap?.Keep();
        BitExactReport? report = null;
        if (design is not null && compare)
        {
            var samples = input is null ? throw new InputDataException("--compare needs inputs: pass --input or convert with --input") : new SampleSetReader().Read(input);
            report = new BitExactComparer().Compare(design.Emulate(samples), csim);
        }
        return new ProjectSimulation(csim, report);
    }

    private static string? DefaultInput(string project)
    {
        var path = Path.Combine(project, "tb_data", "tb_input_features.dat");
        return File.Exists(path) ? path : null;
    }
}
