using System.Globalization;
using Xunit.Abstractions;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// Issue 9 item 9: a deterministic corpus of over 1,000 corrupt and hostile inputs (ONNX, Keras JSON, H5, .keras,
/// YAML configs, layer names, CSV and NPY) through convert, inspect and emulate. The gate, per case: success, or
/// exactly one readable error line from Hls4Net's own exception types with exit 1; no unhandled exception, nothing
/// written outside a fresh output folder, and no outsized allocation.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzCorpusTests : IDisposable
{
    private const ulong Seed = 0x4C53344E4554UL;
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("hls4net-fuzz-");
    private readonly ITestOutputHelper _output;

    public FuzzCorpusTests(ITestOutputHelper output) => _output = output;

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("HLS4NET_FUZZ_KEEP") is null) _root.Delete(recursive: true);
    }

    internal static List<FuzzCase> Corpus(string scratch)
    {
        var rng = new FuzzRandom(Seed);
        return
        [
            .. new OnnxCorpus(rng).Generate(bytePerModel: 90, structuralPerModel: 130),
            .. new KerasCorpus(rng, scratch).Generate(jsonCases: 70, byteCases: 40),
            .. new ConfigCorpus(rng).Generate(count: 150),
            .. new SampleFileCorpus(rng).Generate(byteCases: 30),
            .. HostileNameCorpus.Generate(rng, scratch),
            .. RegressionCorpus.Generate(scratch, rng),
        ];
    }

    [Fact]
    [Trait("Lane", "Slow")]
    public void EveryCorruptInputIsASuccessOrOneReadableError()
    {
        var scratch = Directory.CreateDirectory(Path.Combine(_root.FullName, "scratch")).FullName;
        var corpus = Corpus(scratch);
        Assert.True(corpus.Count >= 1000, $"the corpus has {corpus.Count} cases; at least 1,000 are required");

        // For debugging: HLS4NET_FUZZ_ONLY=h5 runs only the categories starting with "h5", HLS4NET_FUZZ_KEEP keeps every case folder.
        var only = Environment.GetEnvironmentVariable("HLS4NET_FUZZ_ONLY");
        if (only is not null) corpus = corpus.Where(c => c.Category.StartsWith(only, StringComparison.Ordinal)).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var harness = new FuzzHarness(Directory.CreateDirectory(Path.Combine(_root.FullName, "cases")).FullName, keepAll: Environment.GetEnvironmentVariable("HLS4NET_FUZZ_KEEP") is not null);
        var outcomes = new List<FuzzOutcome>();
        foreach (var c in corpus)
        {
            outcomes.Add(harness.Run(c, outcomes.Count));
            if (harness.Hung) break;
        }

        var failures = outcomes.Where(o => o.Kind == FuzzOutcomeKind.Failure).ToList();
        _output.WriteLine($"{corpus.Count} cases in {watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s: {Count(outcomes, FuzzOutcomeKind.Success)} succeeded, " +
                          $"{Count(outcomes, FuzzOutcomeKind.Error)} one-line errors, {failures.Count} gate failures");
        foreach (var group in outcomes.GroupBy(o => o.Case.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            _output.WriteLine($"  {group.Key,-16} {group.Count(),5} cases: {Count(group, FuzzOutcomeKind.Success),4} ok, " +
                              $"{Count(group, FuzzOutcomeKind.Error),4} errors, {Count(group, FuzzOutcomeKind.Failure),3} failures, " +
                              $"{group.Sum(o => o.Elapsed.TotalSeconds).ToString("F1", CultureInfo.InvariantCulture)} s in the CLI");
        }
        foreach (var type in outcomes.Where(o => o.Kind == FuzzOutcomeKind.Error).GroupBy(o => o.Detail.Split(':')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            _output.WriteLine($"  errors of type {type.Key}: {type.Count()}");
        }
        var report = Environment.GetEnvironmentVariable("HLS4NET_FUZZ_REPORT");
        if (report is not null) File.WriteAllLines(report, outcomes.Select(o => o.ToString()));
        Assert.True(failures.Count == 0, $"{failures.Count} of {outcomes.Count} cases broke the gate:\n" + string.Join("\n", failures.Take(25)));
        Assert.Equal(corpus.Count, outcomes.Count);
    }

    [Fact]
    public void TheCorpusIsDeterministic()
    {
        var a = Corpus(Directory.CreateDirectory(Path.Combine(_root.FullName, "a")).FullName);
        var b = Corpus(Directory.CreateDirectory(Path.Combine(_root.FullName, "b")).FullName);
        Assert.Equal(a.Count, b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].ToString(), b[i].ToString());
            Assert.Equal(a[i].Files.Keys, b[i].Files.Keys);
            foreach (var (name, bytes) in a[i].Files)
            {
                // HDF5 stamps nothing time-dependent into these files, so the bytes match too.
                Assert.True(bytes.AsSpan().SequenceEqual(b[i].Files[name]), $"case {i} file {name} differs");
            }
        }
    }

    [Fact]
    public void TempFilesOfARunLandInTheCaseFolder()
    {
        // The harness relies on TMPDIR being read at each Path.GetTempPath call.
        var old = Environment.GetEnvironmentVariable("TMPDIR");
        try
        {
            Environment.SetEnvironmentVariable("TMPDIR", _root.FullName);
            Assert.Equal(Path.TrimEndingDirectorySeparator(_root.FullName), Path.TrimEndingDirectorySeparator(Path.GetTempPath()));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", old);
        }
    }

    private static int Count(IEnumerable<FuzzOutcome> outcomes, FuzzOutcomeKind kind) => outcomes.Count(o => o.Kind == kind);
}
