using Hls4Net.Backends.Cpp.Output;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// Runs fuzz cases through the real CLI entry (<see cref="HlsCli"/>) in process, each in a fresh folder
/// (<c>in/</c> inputs, <c>out/</c> the only place a project may appear, <c>tmp/</c> as TMPDIR), and checks the gate:
/// exit 0, or exit 1 with exactly one <c>error:</c> line that is readable (no exception type names, no stack trace)
/// and comes from one of Hls4Net's own exception types (exit 2 instead when that type is the CLI's UsageException,
/// e.g. a config that names no model, so no model was given at all); and no file created, changed or removed anywhere but the
/// project folder of a successful convert. Cases run with <c>-v</c> so that the CLI prints the caught exception
/// after the error line; that dump is how the harness tells a deliberate error from a crash that the CLI's
/// last-resort handler caught.
/// </summary>
internal sealed partial class FuzzHarness
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly string[] ForbiddenInMessage = ["Exception", "   at ", "System.", "internal error", "(Parameter '", "--verbose"];

    /// <summary>Managed memory one case may allocate; every input here is a few kB, so more means a hostile size was trusted.</summary>
    private const long MaxAllocation = 512L << 20;

    private readonly string _root;
    private readonly bool _keepAll;

    public FuzzHarness(string root, bool keepAll = false)
    {
        _root = root;
        _keepAll = keepAll;
    }

    /// <summary>Set when a case did not finish within the timeout: its thread may still run, so stop the corpus.</summary>
    public bool Hung { get; private set; }

    /// <summary>
    /// Run <paramref name="c"/> with -v; every tenth case that ends in an error runs again without -v, as a user
    /// would see it: the same single error line, and no stack trace or exception type name anywhere on stderr.
    /// </summary>
    public FuzzOutcome Run(FuzzCase c, int index)
    {
        var name = index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        var outcome = RunOnce(c, name, verbose: true);
        if (outcome.Kind != FuzzOutcomeKind.Error || index % 10 != 0 || Hung) return outcome;
        var quiet = RunOnce(c, name + "q", verbose: false);
        if (quiet.Kind == FuzzOutcomeKind.Error && quiet.ExitCode == outcome.ExitCode && outcome.Detail.EndsWith(quiet.Detail, StringComparison.Ordinal)) return outcome;
        return quiet with { Kind = FuzzOutcomeKind.Failure, Detail = $"without -v: {quiet.Detail}\nwith -v: {outcome.Detail}" };
    }

    private FuzzOutcome RunOnce(FuzzCase c, string folder, bool verbose)
    {
        var dir = Path.Combine(_root, folder);
        var tmp = Path.Combine(dir, "tmp");
        Directory.CreateDirectory(Path.Combine(dir, "in"));
        Directory.CreateDirectory(Path.Combine(dir, "out"));
        Directory.CreateDirectory(tmp);
        foreach (var (name, bytes) in c.Files) File.WriteAllBytes(Path.Combine(dir, "in", name), bytes);
        var args = c.Args.Select(a => a.StartsWith('@') ? Path.Combine(dir, a[1..]) : a).Concat(verbose ? ["-v"] : []).ToArray();

        var before = Snapshot(dir);
        var cwd = Directory.GetCurrentDirectory();
        var cwdBefore = Directory.GetFileSystemEntries(cwd).Order(StringComparer.Ordinal).ToArray();
        var allocated = GC.GetTotalAllocatedBytes();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var oldTmp = Environment.GetEnvironmentVariable("TMPDIR");
        int code;
        System.Diagnostics.Stopwatch watch;
        Environment.SetEnvironmentVariable("TMPDIR", tmp);
        try
        {
            watch = System.Diagnostics.Stopwatch.StartNew();
            var task = Task.Run(() => new HlsCli(stdout, stderr).Run(args));
            try
            {
                if (!task.Wait(Timeout))
                {
                    Hung = true;
                    return new FuzzOutcome(c, FuzzOutcomeKind.Failure, -1, $"did not finish within {Timeout.TotalSeconds} s");
                }
            }
            catch (AggregateException e)
            {
                var inner = e.InnerException!;
                return new FuzzOutcome(c, FuzzOutcomeKind.Failure, -1, $"exception escaped HlsCli.Run: {inner.GetType().FullName}: {inner.Message}");
            }
            code = task.Result;
            watch.Stop();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", oldTmp);
        }

        allocated = GC.GetTotalAllocatedBytes() - allocated;
        var after = Snapshot(dir);
        var outcome = Judge(c, code, stderr.ToString().Replace(dir, "<case>", StringComparison.Ordinal), before, after, verbose);
        if (allocated > MaxAllocation)
        {
            outcome = outcome with { Kind = FuzzOutcomeKind.Failure, Detail = $"allocated {allocated >> 20} MB: sizes must be validated before allocating" };
        }
        var cwdAfter = Directory.GetFileSystemEntries(cwd).Order(StringComparer.Ordinal).ToArray();
        if (!cwdAfter.SequenceEqual(cwdBefore))
        {
            outcome = outcome with { Kind = FuzzOutcomeKind.Failure, Detail = $"the working folder changed: {string.Join(", ", cwdAfter.Except(cwdBefore))}" };
        }
        if (outcome.Kind != FuzzOutcomeKind.Failure && !_keepAll) Directory.Delete(dir, recursive: true);
        return outcome with { Elapsed = watch.Elapsed };
    }

    private static FuzzOutcome Judge(FuzzCase c, int code, string err, Dictionary<string, long> before, Dictionary<string, long> after, bool verbose)
    {
        FuzzOutcome Fail(string why) => new(c, FuzzOutcomeKind.Failure, code, $"{why}\n--- stderr ---\n{err}");

        var removed = before.Keys.Where(k => !after.ContainsKey(k)).ToList();
        var changed = before.Keys.Where(k => after.TryGetValue(k, out var size) && size != before[k]).ToList();
        if (removed.Count > 0 || changed.Count > 0) return Fail($"input files removed or changed: {string.Join(", ", removed.Concat(changed))}");
        var added = after.Keys.Where(k => !before.ContainsKey(k)).ToList();
        var lines = err.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var errorLines = Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith("error:", StringComparison.Ordinal)).ToList();

        if (code == 0)
        {
            if (errorLines.Count > 0) return Fail("exit 0 with an error line");
            if (c.MustFail) return Fail("this input must be refused");
            var project = FuzzCase.ProjectFolder;
            var stray = added.Where(a => !(c.Command == "convert" && (a == project || a.StartsWith(project + "/", StringComparison.Ordinal)))).ToList();
            if (stray.Count > 0) return Fail($"files written outside the project folder: {string.Join(", ", stray.Take(5))}");
            if (c.Command == "convert" && !after.ContainsKey(project)) return Fail("convert succeeded but wrote no project folder");
            var unsafeName = added.FirstOrDefault(a => a.Split('/').Any(s => !SafeFileName().IsMatch(s) && s != OutputFolderGuard.MarkerFile));
            if (unsafeName is not null) return Fail($"unsafe file name in the project: '{unsafeName}'");
            var clash = added.GroupBy(a => a, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (clash is not null) return Fail($"file names differ only by case: {string.Join(", ", clash)}");
            return new FuzzOutcome(c, FuzzOutcomeKind.Success, code, "");
        }

        if (c.MustSucceed) return Fail("a hostile but valid input must convert");
        if (code is not (ExitCodes.Error or ExitCodes.Usage)) return Fail($"exit code {code}, expected {ExitCodes.Error} (or {ExitCodes.Usage} for a usage error)");
        if (added.Count > 0) return Fail($"a failed run left files behind: {string.Join(", ", added.Take(5))}");
        if (errorLines.Count != 1) return Fail($"{errorLines.Count} error lines, expected exactly one");
        var at = errorLines[0];
        var message = lines[at];
        var forbidden = ForbiddenInMessage.FirstOrDefault(f => message.Contains(f, StringComparison.Ordinal));
        if (forbidden is not null) return Fail($"the error line contains '{forbidden}'");
        if (lines.Take(at).Any(l => l.Length > 0 && !l.StartsWith('['))) return Fail("stderr has text before the error line that is not a log line");
        if (!verbose)
        {
            if (lines.Any(l => l.StartsWith("   at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)))
            {
                return Fail("stderr shows a stack trace or an exception type");
            }
            return new FuzzOutcome(c, FuzzOutcomeKind.Error, code, message);
        }
        // With -v the CLI prints the exception after the error line: "Namespace.Type: message" then the stack.
        var dump = at + 1 < lines.Length ? lines[at + 1] : "";
        var type = dump.Split(':')[0].Trim();
        if (!type.StartsWith("Hls4Net.", StringComparison.Ordinal)) return Fail($"unhandled {type} reached the CLI's last-resort handler");
        var usage = type == typeof(UsageException).FullName;
        if (usage != (code == ExitCodes.Usage))
        {
            return Fail($"exit code {code} for a {type}: usage errors exit {ExitCodes.Usage}, every other error {ExitCodes.Error}");
        }
        return new FuzzOutcome(c, FuzzOutcomeKind.Error, code, $"{type[(type.LastIndexOf('.') + 1)..]}: {message}");
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.+-]*$")]
    private static partial System.Text.RegularExpressions.Regex SafeFileName();

    /// <summary>Every file and folder under <paramref name="dir"/> (relative, '/'-separated) with its size (-1 for folders).</summary>
    private static Dictionary<string, long> Snapshot(string dir)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(dir, entry.FullName).Replace('\\', '/');
            result[rel] = entry is FileInfo f ? f.Length : -1;
        }
        return result;
    }
}
