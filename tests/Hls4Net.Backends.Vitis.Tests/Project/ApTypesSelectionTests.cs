using Hls4Net.Backends.Cpp.Build;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>Issue 9 item 2 / issue 20: which ap_types a C simulation compiles against, and how it builds with headers that warn.</summary>
public sealed class ApTypesSelectionTests
{
    private static string Folder(TempDir dir, string name, bool withHeader = true)
    {
        var d = dir.Sub(name);
        Directory.CreateDirectory(d);
        if (withHeader) File.WriteAllText(Path.Combine(d, "ap_fixed.h"), "// " + name);
        return d;
    }

    [Fact]
    public void Ap_types_come_from_the_option_then_xilinx_hls_then_the_bundled_copy()
    {
        using var dir = new TempDir();
        var project = dir.Sub("prj");
        var bundled = Path.Combine(project, "firmware", "ap_types");
        Directory.CreateDirectory(bundled);
        File.WriteAllText(Path.Combine(bundled, "ap_fixed.h"), "// bundled");
        var option = Folder(dir, "option");
        var xilinx = dir.Sub("vitis");
        Folder(dir, Path.Combine("vitis", "include"));

        Assert.Equal(option, CsimRunner.ResolveApTypes(project, option, xilinx));
        Assert.Equal(Path.Combine(xilinx, "include"), CsimRunner.ResolveApTypes(project, null, xilinx));
        Assert.Equal(Path.Combine(xilinx, "include"), CsimRunner.ResolveApTypes(project, "", xilinx));
        Assert.Equal(bundled, CsimRunner.ResolveApTypes(project, null, null));
        Assert.Equal(bundled, CsimRunner.ResolveApTypes(project, null, ""));

        var empty = Folder(dir, "empty", withHeader: false);
        var e = Assert.Throws<CsimException>(() => CsimRunner.ResolveApTypes(project, empty, xilinx));
        Assert.Contains($"ap_fixed.h not found in '{empty}' (--ap-types)", e.Message);
        e = Assert.Throws<CsimException>(() => CsimRunner.ResolveApTypes(project, null, empty));
        Assert.Contains("($XILINX_HLS/include)", e.Message);
    }

    [Fact]
    public void User_builds_have_no_werror_and_the_bundled_folder_comes_after_the_chosen_one()
    {
        var args = CsimRunner.CompilerArguments("/p", "/vendor", "/p/t.cpp", "/p/f.cpp", "/p/x", warningsAsErrors: false);
        Assert.DoesNotContain("-Werror", args);
        Assert.Contains("-Werror", CsimRunner.CompilerArguments("/p", "/vendor", "/p/t.cpp", "/p/f.cpp", "/p/x", warningsAsErrors: true));
    }

    [Fact]
    public void Headers_that_warn_build_without_werror_and_fail_only_with_it()
    {
        // WarningHeaders wraps our ap_fixed.h/ap_int.h with code that warns; it has no hls_stream.h.
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, false, [[0.3, -0.3, 10.1, -27.99]]);
        var e = Assert.Throws<CsimException>(() => new CsimRunner().Run(outDir, options: new CsimOptions { ApTypesDir = WarningHeaders.Dir, WarningsAsErrors = true }));
        Assert.StartsWith("C simulation build failed (g++ exit code 1, ap_types from ", e.Message);
        Assert.Contains("error:", e.Message);
        Assert.Contains("-Werror=", e.Message);
        Assert.DoesNotContain("\n", e.Message);
        Assert.True(e.Message.Length <= 1000, e.Message);

        var result = new CsimRunner().Run(outDir, options: new CsimOptions { ApTypesDir = WarningHeaders.Dir });
        Assert.Equal(WarningHeaders.Dir, result.ApTypesDir);
        // Same hand calculation as VitisBackendTests: 307/1024 + 0.5; -308/1024 - 1.25; 10342/1024 + 3.875; -28662/1024 - 4.
        Assert.Equal([[0.7998046875, -1.55078125, 13.974609375, -31.990234375]], result.Outputs);
    }

    [Fact]
    public void A_testbench_failure_quotes_its_stderr_and_leaves_no_results_log()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, false, null);
        File.WriteAllText(Path.Combine(outDir, "tb_data", "tb_input_features.dat"), "1 2 3\n");
        var e = Assert.Throws<CsimException>(() => new CsimRunner().Run(outDir, options: CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types"))));
        Assert.Equal("C simulation testbench failed (exit code 1): ERROR: tb_data/tb_input_features.dat line 1: expected 4 values, got 3", e.Message);
        Assert.False(File.Exists(Path.Combine(outDir, "tb_data", "csim_results.log")));
    }
}
