using Hls4Net.Backends.Cpp.Build;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>
/// Runs the generated build_prj.tcl under plain tclsh with the Vitis HLS commands stubbed out: the stubs record
/// every call, C simulation and co-simulation write their result logs where Vitis HLS does (the co-simulation's
/// text is chosen per test), C synthesis creates the Verilog folder, and <c>exec vivado</c> is recorded.
/// </summary>
public sealed class BuildScriptTests
{
    private const string CsimText = "0.5 -1.25\n3.875 -4\n";

    private const string Stubs = """
        set ::calls {}
        foreach cmd {open_project set_top add_files open_solution config_array_partition config_compile set_part
                     create_clock set_clock_uncertainty csynth_design export_design} {
            proc $cmd args "lappend ::calls \[list $cmd {*}\$args\]"
        }
        proc write_log {path text} {
            file mkdir [file dirname $path]
            set f [open $path w]; puts -nonewline $f $text; close $f
        }
        proc csim_design args {
            lappend ::calls [list csim_design {*}$args]
            write_log [file join ${::project_name}_prj solution1 csim build tb_data csim_results.log] $::csim_text
        }
        proc csynth_design args {
            lappend ::calls [list csynth_design {*}$args]
            file mkdir [file join ${::project_name}_prj solution1 syn verilog]
        }
        proc cosim_design args {
            lappend ::calls [list cosim_design {*}$args]
            if {$::rtl_text ne "-"} {
                write_log [file join ${::project_name}_prj solution1 sim wrapc tb_data csim_results.log] $::rtl_text
            }
        }
        rename exec real_exec
        proc exec args { lappend ::calls [list exec {*}[lrange $args 0 end-2]] }
        rename exit real_exit
        proc exit {{code 0}} { foreach c $::calls { puts "CALL $c" }; real_exit $code }
        """;

    [ToolFact("tclsh")]
    public void Options_select_the_steps()
    {
        var r = Run("csim=1 synth=0 cosim=0 export=1");
        Assert.Equal(0, r.Code);
        Assert.Contains("csim_design", r.Calls);
        Assert.Contains("export_design -format ip_catalog", r.Calls);
        Assert.DoesNotContain("csynth_design", r.Calls);
        Assert.DoesNotContain(r.Calls, c => c.StartsWith("cosim_design", StringComparison.Ordinal));
        Assert.Contains("set_top myproject", r.Calls);
        Assert.Contains("set_part xcvu9p-flgb2104-2-e", r.Calls);
        Assert.Contains("create_clock -period 5 -name default", r.Calls);
        Assert.Contains("open_project myproject_prj", r.Calls);
        Assert.Contains("INFO: validation skipped", r.Out);
    }

    [ToolFact("tclsh")]
    public void Defaults_run_csim_synth_cosim_and_a_passing_validation()
    {
        var r = Run("");
        Assert.Equal(0, r.Code);
        Assert.Equal(["csim_design", "csynth_design", "cosim_design -trace_level all"],
            r.Calls.Where(c => c.Contains("_design", StringComparison.Ordinal)).ToList());
        Assert.Contains("open_project myproject_prj", r.Calls);
        Assert.Contains("Test PASSED", r.Out);
    }

    [ToolFact("tclsh")]
    public void Hls4ml_argument_string_with_python_booleans_is_accepted()
    {
        // Exactly the shape hls4ml's VitisBackend.build() passes (Python's str(True) / str(False)).
        var r = Run("reset=True csim=False synth=True cosim=False validation=False export=True vsynth=True fifo_opt=False");
        Assert.Equal(0, r.Code);
        Assert.Contains("open_project -reset myproject_prj", r.Calls);
        Assert.Contains("open_solution -reset solution1", r.Calls);
        Assert.Equal(["csynth_design", "export_design -format ip_catalog"],
            r.Calls.Where(c => c.Contains("_design", StringComparison.Ordinal)).ToList());
        Assert.Contains("exec vivado -mode batch -source vivado_synth.tcl -tclargs pnr=0", r.Calls);
    }

    [ToolFact("tclsh")]
    public void Options_may_come_as_separate_arguments_and_pnr_reaches_vivado()
    {
        var r = Run(["csim=0", "cosim=no", "vsynth=1", "pnr=1"]);
        Assert.Equal(0, r.Code);
        Assert.Contains("exec vivado -mode batch -source vivado_synth.tcl -tclargs pnr=1", r.Calls);
    }

    [ToolFact("tclsh")]
    public void Arguments_that_are_not_options_are_ignored_with_a_warning()
    {
        var r = Run(["-f", "build_prj.tcl", "csim=0 cosim=0"]);
        Assert.Equal(0, r.Code);
        Assert.Contains("WARNING: build_prj.tcl: ignoring argument '-f'", r.Out);
        Assert.DoesNotContain("csim_design", r.Calls);
        Assert.Contains("csynth_design", r.Calls);
    }

    [ToolFact("tclsh")]
    public void Fifo_opt_sizes_fifos_during_cosim()
    {
        var r = Run("fifo_opt=1");
        Assert.Equal(0, r.Code);
        Assert.Contains("cosim_design -trace_level all -enable_fifo_sizing", r.Calls);
    }

    [ToolFact("tclsh")]
    public void A_cosim_mismatch_exits_1()
    {
        var r = Run("csim=1 synth=1 cosim=1 validation=1", rtlText: "0.5 -1.25\n3.875 -3.96875\n");
        Assert.Equal(1, r.Code);
        Assert.Contains("Test FAILED", r.Err);
        Assert.DoesNotContain("export_design -format ip_catalog", r.Calls);
    }

    [ToolFact("tclsh")]
    public void A_cosim_without_results_exits_1_when_validating()
    {
        var r = Run("cosim=1 validation=1", rtlText: "-");
        Assert.Equal(1, r.Code);
        Assert.Contains("co-simulation wrote no results", r.Err);
        // Without validation the same run succeeds (hls4ml's validation=False).
        Assert.Equal(0, Run("cosim=1 validation=0", rtlText: "-").Code);
    }

    [ToolFact("tclsh")]
    public void A_mismatch_is_ignored_without_validation()
    {
        var r = Run("validation=False", rtlText: "1 2\n");
        Assert.Equal(0, r.Code);
        Assert.DoesNotContain("Test FAILED", r.Err);
    }

    [ToolFact("tclsh")]
    public void Vsynth_without_synthesis_results_exits_1()
    {
        var r = Run("csim=0 synth=0 cosim=0 vsynth=1");
        Assert.Equal(1, r.Code);
        Assert.Contains("run C synthesis (synth=1) before vsynth", r.Err);
        Assert.DoesNotContain(r.Calls, c => c.StartsWith("exec", StringComparison.Ordinal));
    }

    [ToolFact("tclsh")]
    public void Bad_options_exit_2_naming_the_option()
    {
        var unknown = Run("csim=1 frobnicate=1");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("unknown option 'frobnicate'", unknown.Err);
        Assert.Empty(unknown.Calls);
        var value = Run("csim=maybe");
        Assert.Equal(2, value.Code);
        Assert.Contains("option 'csim': 'maybe' is not a boolean", value.Err);
        var fifo = Run("cosim=0 fifo_opt=1");
        Assert.Equal(2, fifo.Code);
        Assert.Contains("fifo_opt=1", fifo.Err);
        Assert.Equal(2, Run("pnr=1").Code);
        var bad = Run("csim=1 =1");
        Assert.Equal(2, bad.Code);
        Assert.Contains("bad option '=1'", bad.Err);
    }

    private sealed record Result(int Code, List<string> Calls, string Out, string Err);

    private static Result Run(string args, string rtlText = CsimText) => Run([args], rtlText);

    private static Result Run(string[] args, string rtlText = CsimText)
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, false, null);
        var driver = Path.Combine(dir.Path, "driver.tcl");
        var argv = string.Join(" ", args.Select(a => "{" + a + "}"));
        File.WriteAllText(driver,
            Stubs + $"\nset ::csim_text {{{CsimText}}}\nset ::rtl_text {{{rtlText}}}\nset ::argv [list {argv}]\n" +
            "source [file join {" + outDir + "} build_prj.tcl]\n");
        var r = ProcessRunner.Run("tclsh", [driver], dir.Path, TimeSpan.FromMinutes(1));
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var calls = lines.Where(l => l.StartsWith("CALL ", StringComparison.Ordinal)).Select(l => l[5..]).ToList();
        return new Result(r.ExitCode, calls, r.StdOut, r.StdErr);
    }
}
