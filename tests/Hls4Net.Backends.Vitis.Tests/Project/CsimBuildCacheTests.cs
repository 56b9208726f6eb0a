using Hls4Net.Backends.Cpp.Build;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>CsimOptions.BuildCacheDir (simulations shared by content hash) and CsimOptions.OptimizationLevel.</summary>
public sealed class CsimBuildCacheTests
{
    [LinuxFact] // the stand-in below is a shell script
    public void The_same_project_in_another_folder_reuses_the_cached_simulation()
    {
        using var dir = new TempDir();
        var cache = dir.Sub("cache");
        var first = Write(dir, "a");
        var options = new CsimOptions { ApTypesDir = Path.Combine(first, "firmware", "ap_types"), OptimizationLevel = 1, BuildCacheDir = cache };
        var built = new CsimRunner().Run(first, options: options);
        Assert.Equal([[0.5, -1.25, 3.875, -4.0]], built.Outputs); // one sample of zeros + the bias (hand calculation)
        var entry = Assert.Single(Directory.GetFiles(cache));

        // Replace the cached binary with a stand-in that prints other values: a second project with the same sources,
        // in another folder, must run the cached entry instead of compiling.
        File.WriteAllText(entry, "#!/bin/sh\necho '1 2 3 4' > tb_data/csim_results.log\n");
        if (OperatingSystem.IsLinux()) File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var second = Write(dir, "b");
        var reused = new CsimRunner().Run(second, options: options with { ApTypesDir = Path.Combine(second, "firmware", "ap_types") });
        Assert.Equal([[1.0, 2, 3, 4]], reused.Outputs);

        // Any change in the sources is another key: compiled again, real outputs.
        var third = Write(dir, "c");
        File.AppendAllText(Path.Combine(third, "myproject_test.cpp"), "\n// changed\n");
        var rebuilt = new CsimRunner().Run(third, options: options with { ApTypesDir = Path.Combine(third, "firmware", "ap_types") });
        Assert.Equal([[0.5, -1.25, 3.875, -4.0]], rebuilt.Outputs);
        Assert.Equal(2, Directory.GetFiles(cache).Length);
    }

    [Fact]
    public void Keys_depend_on_contents_and_flags_not_on_folders()
    {
        using var dir = new TempDir();
        var a = Write(dir, "a");
        var b = Write(dir, "b");
        List<string> Args(string p, string o) => ["-std=c++14", o, "-I", Path.Combine(p, "firmware"), Path.Combine(p, "myproject_test.cpp"), "-o", Path.Combine(p, "x")];
        Assert.Equal(CompileCache.Key("/usr/bin/g++", Args(a, "-O1")), CompileCache.Key("/usr/bin/g++", Args(b, "-O1")));
        Assert.NotEqual(CompileCache.Key("/usr/bin/g++", Args(a, "-O1")), CompileCache.Key("/usr/bin/g++", Args(a, "-O2")));
        File.AppendAllText(Path.Combine(b, "myproject_test.cpp"), "\n");
        Assert.NotEqual(CompileCache.Key("/usr/bin/g++", Args(a, "-O1")), CompileCache.Key("/usr/bin/g++", Args(b, "-O1")));
    }

    [Fact]
    public void Weight_text_files_are_left_out_of_the_key_and_weight_headers_are_not()
    {
        using var dir = new TempDir();
        var a = Write(dir, "a");
        var b = Write(dir, "b");
        List<string> Args(string p) => ["-std=c++14", "-O1", "-I", Path.Combine(p, "firmware"), Path.Combine(p, "myproject_test.cpp"), "-o", Path.Combine(p, "x")];
        string Key(string p) => CompileCache.Key("/usr/bin/g++", Args(p), CsimRunner.WeightTextFilter(p));
        var weights = Path.Combine(b, "firmware", "weights");
        File.WriteAllText(Path.Combine(weights, "dense_1_b.txt"), "1.0, 2.0, 3.0, 4.0\n");
        Assert.Equal(Key(a), Key(b));
        Assert.NotEqual(CompileCache.Key("/usr/bin/g++", Args(a)), CompileCache.Key("/usr/bin/g++", Args(b))); // without the filter it counts
        File.WriteAllText(Path.Combine(b, "firmware", "dense_1_b.txt"), "not below weights/\n");
        Assert.NotEqual(Key(a), Key(b));
        File.Delete(Path.Combine(b, "firmware", "dense_1_b.txt"));
        File.AppendAllText(Path.Combine(weights, "dense_1_b.h"), "\n");
        Assert.NotEqual(Key(a), Key(b));
    }

    [Fact]
    public void An_optimization_level_outside_0_to_3_is_a_clear_error()
    {
        using var dir = new TempDir();
        var p = Write(dir, "a");
        var e = Assert.Throws<CsimException>(() => new CsimRunner().Run(p, options: new CsimOptions { ApTypesDir = Path.Combine(p, "firmware", "ap_types"), OptimizationLevel = 7 }));
        Assert.Contains("optimization level 7", e.Message);
    }

    private static string Write(TempDir dir, string name)
    {
        var outDir = dir.Sub(name);
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, false, null);
        return outDir;
    }
}
