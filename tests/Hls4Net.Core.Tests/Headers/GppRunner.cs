using System.ComponentModel;
using System.Diagnostics;
using Hls4Net.TestSupport;

namespace Hls4Net.Core.Tests.Headers;

/// <summary>Compiles C++ sources against templates/vitis/ap_types with g++ and runs the result.</summary>
internal static class GppRunner
{
    /// <summary>Flags every header test compiles with: the headers must be warning-free.</summary>
    public const string StrictFlags = "-std=c++14 -Wall -Wextra -Werror";

    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Writes <paramref name="source"/> to a temporary folder, compiles it with the strict flags plus
    /// <paramref name="extraFlags"/>, runs it and returns its stdout lines. Fails the test with the compiler
    /// output on any error.</summary>
    public static string[] CompileAndRun(string name, string source, string extraFlags = "-O1")
    {
        var dir = Directory.CreateTempSubdirectory("hls4net-aptypes-").FullName;
        try
        {
            var cpp = Path.Combine(dir, name + ".cpp");
            var exe = Path.Combine(dir, name);
            File.WriteAllText(cpp, source);
            var build = Compile($"{StrictFlags} {extraFlags} -o \"{exe}\" \"{cpp}\"");
            Assert.True(build.ExitCode == 0, $"g++ failed on {name}.cpp (exit {build.ExitCode}):\n{Head(build.StdErr)}");
            var run = Run(exe, "", TimeSpan.FromMinutes(2));
            Assert.True(run.ExitCode == 0, $"{name} exited with {run.ExitCode}:\n{Head(run.StdErr)}");
            return run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>Runs g++ -fsyntax-only on <paramref name="source"/> and returns the result (no assertion).</summary>
    public static GppResult SyntaxCheck(string name, string source)
    {
        var dir = Directory.CreateTempSubdirectory("hls4net-aptypes-").FullName;
        try
        {
            var cpp = Path.Combine(dir, name + ".cpp");
            File.WriteAllText(cpp, source);
            return Compile($"{StrictFlags} -fsyntax-only \"{cpp}\"");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static GppResult Compile(string args) =>
        Run("g++", $"{args} -I \"{RepoPaths.ApTypes}\"", CompileTimeout);

    private static GppResult Run(string file, string args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process? p;
        try
        {
            p = Process.Start(psi);
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"could not start '{file}': {e.Message}. The ap_types header tests need g++ (GCC 12 or newer) on PATH, e.g. 'apt-get install g++'.");
            throw;
        }
        Assert.True(p != null, $"could not start '{file}'");
        using (p)
        {
            var err = p.StandardError.ReadToEndAsync();
            var output = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(timeout))
            {
                p.Kill(true);
                Assert.Fail($"{file} {args} did not finish within {timeout}");
            }
            return new GppResult(p.ExitCode, output, err.Result);
        }
    }

    private static string Head(string s) => s.Length <= 6000 ? s : s[..6000] + "...";
}
