using System.Globalization;
using System.Text.RegularExpressions;
using Hls4Net.Nas;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Nas.Proxies;

/// <summary>The proxies on the proxy-study fixture: against PyTorch's own autograd and slogdet (computed by the
/// generator on the same initializations), deterministic under threads, and ranking the trained accuracies at least as
/// well as docs/nas.md ("Proxy study") states.</summary>
public sealed partial class FixtureProxyTests
{
    private static ProxyStudyFixture Fixture => ProxyStudyFixture.Instance;

    /// <summary>The proxies of the study, by the name the doc's table uses.</summary>
    internal static IReadOnlyList<(string Name, Func<FloatNetwork, double> Score)> StudyProxies()
    {
        var batch = Fixture.Batch;
        var gaussian = ProxyBatch.Gaussian([Fixture.Inputs], batch.Count, 1);
        return
        [
            ("naswot", n => new NaswotProxy().Score(n, batch)),
            ("naswot (N(0,1) batch)", n => new NaswotProxy().Score(n, gaussian)),
            ("synflow", n => new SynflowProxy().Score(n, batch)),
            ("params", n => new ParamsProxy().Score(n, batch)),
            ("bops", n => new BopsProxy(16, 16).Score(n, batch)),
        ];
    }

    [Fact]
    public void FixtureHasTheStudiedShape()
    {
        Assert.True(Fixture.Candidates.Count >= 60);
        Assert.Equal(64, Fixture.Batch.Count);
        Assert.Equal(16, Fixture.Inputs);
        Assert.Equal(5, Fixture.Outputs);
        Assert.True(Fixture.Candidates.Select(c => c.TestAccuracy).Distinct().Count() > 30);
    }

    [Fact]
    public void SynflowMatchesTorchAutograd()
    {
        foreach (var c in Fixture.Candidates)
        {
            var score = SynflowProxy.Score(Fixture.Network(c));
            Assert.True(Math.Abs(score - c.ReferenceSynflow) <= 1e-9 * c.ReferenceSynflow,
                $"{string.Join("-", c.Hidden)}: {score} vs torch {c.ReferenceSynflow}");
        }
    }

    [Fact]
    public void NaswotMatchesTorchSlogdet()
    {
        var singular = 0;
        foreach (var c in Fixture.Candidates)
        {
            var score = new NaswotProxy().Score(Fixture.Network(c), Fixture.Batch);
            if (c.ReferenceNaswot is not { } reference)
            {
                singular++;
                Assert.Equal(double.NegativeInfinity, score);
                continue;
            }
            Assert.True(Math.Abs(score - reference) <= 1e-7, $"{string.Join("-", c.Hidden)}: {score} vs torch {reference}");
        }
        Assert.InRange(singular, 1, Fixture.Candidates.Count - 20);
    }

    [Fact]
    public void EveryProxyIsComputedAndDeterministicAcrossThreads()
    {
        var proxies = StudyProxies();
        var candidates = Fixture.Candidates;
        var first = candidates.Select(c => proxies.Select(p => p.Score(Fixture.Network(c))).ToArray()).ToArray();
        // Every candidate scored three times on four threads, in whatever order the threads take them.
        var parallel = new double[candidates.Count * 3][];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
            parallel[k] = proxies.Select(p => p.Score(Fixture.Network(candidates[k % candidates.Count]))).ToArray());
        for (var k = 0; k < parallel.Length; k++) Assert.Equal(first[k % candidates.Count], parallel[k]);
        for (var i = 0; i < candidates.Count; i++) Assert.DoesNotContain(first[i], double.IsNaN);
        for (var p = 0; p < proxies.Count; p++)
            Assert.True(first.Select(s => s[p]).Distinct().Count() > 10, $"{proxies[p].Name} barely varies");
    }

    [Fact]
    public void KendallTauIsAtLeastWhatTheDocStates()
    {
        var documented = DocumentedTaus();
        var accuracy = Fixture.Candidates.Select(c => c.TestAccuracy).ToArray();
        foreach (var (name, score) in StudyProxies())
        {
            var tau = KendallTau.Compute(Fixture.Candidates.Select(c => score(Fixture.Network(c))).ToArray(), accuracy);
            Assert.True(documented.TryGetValue(name, out var stated), $"docs/nas.md states no τ for {name}");
            var floor = Math.Floor(stated * 100) / 100;
            Assert.True(tau >= floor, $"{name}: τ = {tau:F3} is below the documented floor {floor:F2}");
            Assert.True(Math.Abs(tau - stated) < 0.0005, $"{name}: τ = {tau:F3}, docs/nas.md says {stated:F3}: update the doc");
        }
    }

    /// <summary>The τ column of the "Proxy study" table: rows "| `name` | τ | ...".</summary>
    private static Dictionary<string, double> DocumentedTaus()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "nas.md"));
        var start = text.IndexOf("## Proxy study", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/nas.md has no \"## Proxy study\" section");
        return TableRow().Matches(text[start..]).ToDictionary(
            m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value.Replace('−', '-'), CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\| `([^`]+)` \| ([−-]?\d\.\d+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
