using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Verification;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.TestSupport;
using Serilog.Core;

namespace Hls4Net.Conformance.Tests;

/// <summary>
/// Model → passes (verified after each) → emulator on seeded inputs → Vitis project with those inputs →
/// g++ C simulation (-Wall -Wextra -Werror against our headers through <see cref="CsimFlow"/>; against other headers, e.g. Xilinx's, the way the CLI's <c>csim --ap-types</c> builds: no -Werror, the project's bundled folder supplying what that folder lacks) → raw-bit comparison.
/// </summary>
internal sealed class ConformanceRunner
{
    /// <summary>Runs the flow; <paramref name="options"/> default to <see cref="CsimFlow.Options"/> (-O1, shared build cache).</summary>
    public ConformanceResult Run(string model, string? weights, string? yaml, ConfigOverrides overrides, SampleSet samples, CsimOptions? options = null)
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
            var csim = CsimFlow.WriteAndSimulate(compiled.Graph, compiled.Config, project, samples.Rows, options);
            var report = new BitExactComparer().Compare(emulated, csim);
            return new ConformanceResult(compiled.Graph, emulated, report, project);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
