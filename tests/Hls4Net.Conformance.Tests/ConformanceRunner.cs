using Hls4Net.Backends.Vitis;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Cli;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Serilog.Core;

namespace Hls4Net.Conformance.Tests;

/// <summary>
/// Model → passes (verified after each) → emulator on seeded inputs → Vitis project with those inputs →
/// g++ C simulation → raw-bit comparison. Against our own headers (the default) the build uses -Werror; with
/// <c>apTypes</c> (e.g. Xilinx's headers) it goes the way of the CLI's <c>csim --ap-types</c>: no -Werror, and the
/// project's bundled folder supplies what that folder lacks.
/// </summary>
internal sealed class ConformanceRunner
{
    public ConformanceResult Run(string model, string? weights, string? yaml, ConfigOverrides overrides, SampleSet samples, string? apTypes = null)
    {
        var work = Directory.CreateTempSubdirectory("hls4net-conf-");
        try
        {
            string? configPath = null;
            if (yaml is not null)
            {
                configPath = Path.Combine(work.FullName, "config.yml");
                File.WriteAllText(configPath, yaml);
            }
            var compiled = new ModelCompiler(Logger.None) { VerifyPasses = true }.Compile(new CompileRequest(model, weights, configPath, overrides));
            var emulated = new EmulationRunner().Run(compiled.Graph, samples);
            var project = Path.Combine(work.FullName, "prj");
            new VitisBackend(DefaultEmitters.Create(), logger: Logger.None).Write(compiled.Graph, compiled.Config, project, force: false, samples.Rows);
            var options = apTypes is null
                ? new CsimOptions { ApTypesDir = Path.Combine(project, "firmware", "ap_types"), WarningsAsErrors = true }
                : new CsimOptions { ApTypesDir = apTypes };
            var csim = new CsimRunner(Logger.None).Run(project, Path.Combine(project, "tb_data", "tb_input_features.dat"), options);
            var report = new BitExactComparer().Compare(emulated, csim.Outputs);
            return new ConformanceResult(compiled.Graph, emulated, report, project);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
