using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>Runs the generated build_prj.tcl under plain tclsh with the Vitis commands stubbed out.</summary>
public sealed class BuildScriptTests
{
    private const string Stubs = """
        set ::calls {}
        foreach cmd {open_project set_top add_files open_solution config_array_partition config_compile set_part
                     create_clock set_clock_uncertainty csim_design csynth_design cosim_design export_design} {
            proc $cmd args "lappend ::calls \[list $cmd {*}\$args\]"
        }
        rename exit real_exit
        proc exit {{code 0}} { foreach c $::calls { puts $c }; real_exit $code }
        """;

    [ToolFact("tclsh")]
    public void Options_from_tclargs_select_the_steps()
    {
        var calls = Run("csim=1 synth=0 cosim=0 export=1", out var code);
        Assert.Equal(0, code);
        Assert.Contains("csim_design", calls);
        Assert.Contains("export_design -format ip_catalog", calls);
        Assert.DoesNotContain("csynth_design", calls);
        Assert.DoesNotContain("cosim_design -trace_level all", calls);
        Assert.Contains("set_top myproject", calls);
        Assert.Contains("set_part xcvu9p-flgb2104-2-e", calls);
        Assert.Contains("create_clock -period 5 -name default", calls);
        Assert.Contains("open_project myproject_prj", calls);
    }

    [ToolFact("tclsh")]
    public void Defaults_run_csim_synth_and_cosim_and_reset_recreates_the_project()
    {
        var calls = Run("reset=1", out var code);
        Assert.Equal(0, code);
        Assert.Contains("open_project -reset myproject_prj", calls);
        Assert.Contains("csim_design", calls);
        Assert.Contains("csynth_design", calls);
        Assert.Contains("cosim_design -trace_level all", calls);
        Assert.DoesNotContain("export_design -format ip_catalog", calls);
    }

    [ToolFact("tclsh")]
    public void Unknown_options_are_errors()
    {
        Run("csim=1 frobnicate=1", out var code, out var stderr);
        Assert.NotEqual(0, code);
        Assert.Contains("unknown option 'frobnicate'", stderr);
    }

    private static string? Tclsh => CompilerLocator.Find("tclsh");

    private static List<string> Run(string args, out int code) => Run(args, out code, out _);

    private static List<string> Run(string args, out int code, out string stderr)
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, false, null);
        var driver = Path.Combine(dir.Path, "driver.tcl");
        File.WriteAllText(driver, Stubs + "\nset ::argv [list {" + args + "}]\nsource [file join {" + outDir + "} build_prj.tcl]\n");
        var r = ProcessRunner.Run(Tclsh!, [driver], dir.Path, TimeSpan.FromMinutes(1));
        code = r.ExitCode;
        stderr = r.StdErr;
        return r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
