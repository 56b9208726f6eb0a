namespace Hls4Net.Core.Tests.Headers;

/// <summary>Compiles and runs <see cref="ApHeaderSemanticsProgram.Source"/> once (g++ -O2, warnings as errors)
/// and exposes its key=value output lines.</summary>
public sealed class ApHeaderProgramFixture
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> values = new(() =>
        GppRunner.CompileAndRun("ap_semantics", ApHeaderSemanticsProgram.Source, "-O2")
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]));

    /// <summary>The value printed for <paramref name="key"/>; fails the test when the key is missing.</summary>
    public string this[string key]
    {
        get
        {
            Assert.True(values.Value.TryGetValue(key, out var v), $"the C++ program printed no '{key}' line");
            return v!;
        }
    }
}
