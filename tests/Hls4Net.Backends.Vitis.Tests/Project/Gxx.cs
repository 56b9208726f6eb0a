using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>Compiles (shared g++ runner) and runs a small C++ program (the independent reference for literal tests).</summary>
public static class Gxx
{
    public static string Run(string dir, string source, params string[] includeDirs)
    {
        string exe;
        try
        {
            exe = NativeProgram.Build("t", source, ["-std=c++14", "-O2", "-Wall", "-Wextra", "-Werror"], includeDirs, TimeSpan.FromMinutes(5));
        }
        catch (InvalidOperationException e)
        {
            Assert.Fail(e.Message);
            throw;
        }
        var run = NativeProgram.Run(exe, [], workDir: dir, timeout: TimeSpan.FromMinutes(1));
        Assert.Equal(0, run.ExitCode);
        return run.StdOut;
    }

    /// <summary>The repository's templates/vitis/ap_types folder, as copied next to the test assembly.</summary>
    public static string ApTypes => Path.Combine(new Hls4Net.Backends.Vitis.Emitters.TemplateLocator().Root, "vitis", "ap_types");
}
