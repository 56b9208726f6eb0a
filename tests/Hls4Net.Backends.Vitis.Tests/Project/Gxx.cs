using Hls4Net.Backends.Vitis.Csim;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>Compiles and runs a small C++ program with g++ (the independent reference for literal tests).</summary>
public static class Gxx
{
    public static string Run(string dir, string source, params string[] includeDirs)
    {
        var cpp = Path.Combine(dir, "t.cpp");
        var exe = Path.Combine(dir, "t.out");
        File.WriteAllText(cpp, source);
        var args = new List<string> { "-std=c++14", "-O2", "-Wall", "-Wextra", "-Werror" };
        foreach (var inc in includeDirs) args.AddRange(["-I", inc]);
        args.AddRange([cpp, "-o", exe]);
        var build = ProcessRunner.Run("g++", args, dir, TimeSpan.FromMinutes(5));
        Assert.True(build.ExitCode == 0, build.StdErr);
        var run = ProcessRunner.Run(exe, [], dir, TimeSpan.FromMinutes(1));
        Assert.Equal(0, run.ExitCode);
        return run.StdOut;
    }

    /// <summary>The repository's templates/vitis/ap_types folder, as copied next to the test assembly.</summary>
    public static string ApTypes => Path.Combine(new Hls4Net.Backends.Vitis.Emitters.TemplateLocator().Root, "vitis", "ap_types");
}
