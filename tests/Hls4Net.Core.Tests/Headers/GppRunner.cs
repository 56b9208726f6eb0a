using Hls4Net.TestSupport;

namespace Hls4Net.Core.Tests.Headers;

/// <summary>Compiles C++ sources against templates/vitis/ap_types with g++ and runs the result.</summary>
internal static class GppRunner
{
    /// <summary>Flags every header test compiles with: the headers must be warning-free.</summary>
    public const string StrictFlags = "-std=c++14 -Wall -Wextra -Werror";

    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Compiles <paramref name="source"/> with the strict flags plus <paramref name="extraFlags"/> (shared,
    /// content-hashed <see cref="NativeProgram"/> runner), runs it and returns its stdout lines. Fails the test with the
    /// compiler output on any error.</summary>
    public static string[] CompileAndRun(string name, string source, string extraFlags = "-O1")
    {
        string exe;
        try
        {
            exe = NativeProgram.Build(name, source, $"{StrictFlags} {extraFlags}".Split(' ', StringSplitOptions.RemoveEmptyEntries), [RepoPaths.ApTypes], CompileTimeout);
        }
        catch (InvalidOperationException e)
        {
            Assert.Fail(e.Message);
            throw;
        }
        var run = NativeProgram.Run(exe, [], timeout: TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, $"{name} exited with {run.ExitCode}:\n{NativeProgram.Head(run.StdErr)}");
        return run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Runs g++ -fsyntax-only on <paramref name="source"/> and returns the result (no assertion).</summary>
    public static GppResult SyntaxCheck(string name, string source)
    {
        var dir = Directory.CreateTempSubdirectory("hls4net-aptypes-").FullName;
        try
        {
            var cpp = Path.Combine(dir, name + ".cpp");
            File.WriteAllText(cpp, source);
            var args = StrictFlags.Split(' ').Concat(["-fsyntax-only", cpp, "-I", RepoPaths.ApTypes]);
            var r = NativeProgram.Run("g++", args, timeout: CompileTimeout);
            return new GppResult(r.ExitCode, r.StdOut, r.StdErr);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
