using Hls4Net.Cli.Progress;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;
using Serilog.Events;

namespace Hls4Net.Cli.Tests.Progress;

/// <summary>Long steps show a status line on a terminal's stderr; nothing with -q or when stderr is not a terminal.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void AStepLongerThanTwoSecondsShowsItsElapsedTimeAndTheNextLogLineClearsIt()
    {
        var err = new StringWriter();
        var now = TimeSpan.Zero;
        using var ticker = new ProgressTicker(err, () => now, startTimer: false);
        var sink = new TextWriterSink(err, ticker);
        using var log = new Serilog.LoggerConfiguration().WriteTo.Sink(sink).CreateLogger();

        log.Information("Emulating {Samples} samples in fixed point...", 100000);
        now = TimeSpan.FromSeconds(1.5);
        ticker.Tick();
        Assert.Equal("[INF] Emulating 100000 samples in fixed point...\n", err.ToString().Replace("\r\n", "\n"));

        now = TimeSpan.FromSeconds(12.2);
        ticker.Tick();
        Assert.EndsWith($"{ProgressTicker.ClearSequence}… 12 s: Emulating 100000 samples in fixed point...", err.ToString());

        log.Information("Running the float reference...");
        Assert.EndsWith($"12 s: Emulating 100000 samples in fixed point...{ProgressTicker.ClearSequence}[INF] Running the float reference...{Environment.NewLine}", err.ToString());
        ticker.Tick(); // the new step has just started: nothing yet
        Assert.EndsWith($"[INF] Running the float reference...{Environment.NewLine}", err.ToString());
    }

    [Fact]
    public void StoppingClearsTheStatusLineAndShowsNoMore()
    {
        var err = new StringWriter();
        var now = TimeSpan.FromSeconds(5);
        using var ticker = new ProgressTicker(err, () => now, startTimer: false);
        now = TimeSpan.FromSeconds(9);
        ticker.Tick();
        ticker.Stop();
        Assert.EndsWith($"… 4 s: working{ProgressTicker.ClearSequence}", err.ToString());
        now = TimeSpan.FromSeconds(60);
        ticker.Tick();
        Assert.EndsWith(ProgressTicker.ClearSequence, err.ToString());
    }

    [Fact]
    public void ResultsOnStdoutStopTheStatusLineFirst()
    {
        var err = new StringWriter();
        var now = TimeSpan.Zero;
        using var ticker = new ProgressTicker(err, () => now, startTimer: false);
        var stdout = new StringWriter();
        var results = new ProgressStoppingWriter(stdout, ticker);
        now = TimeSpan.FromSeconds(3);
        ticker.Tick();
        results.WriteLine("PASS");
        Assert.Equal("PASS" + Environment.NewLine, stdout.ToString());
        Assert.EndsWith(ProgressTicker.ClearSequence, err.ToString());
    }

    [Theory]
    [InlineData(true, LogEventLevel.Information, true)]
    [InlineData(true, LogEventLevel.Debug, true)]
    [InlineData(true, LogEventLevel.Error, false)] // -q
    [InlineData(false, LogEventLevel.Information, false)] // stderr redirected
    public void ProgressOnlyOnATerminalAndNotQuiet(bool terminal, LogEventLevel level, bool shown) =>
        Assert.Equal(shown, ProgressPolicy.Enabled(terminal, level));

    [Fact]
    public void ACommandWithATerminalStderrRunsAndClearsWhateverItShowed()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new HlsCli(stdout, stderr, stderrIsTerminal: true).Run(["inspect", RepoPaths.Sample("tiny_mlp.onnx"), "--json"]);
        Assert.Equal(0, code);
        Assert.StartsWith("[{", stdout.ToString()); // stdout stays clean JSON
        var err = stderr.ToString();
        var shown = err.Split(ProgressTicker.ClearSequence).Length - 1;
        Assert.DoesNotContain("…", err[(err.LastIndexOf('\n') + 1)..]); // no status line left behind
        Assert.True(shown <= 1 + err.Count(c => c == '\n'));
    }

    [Fact]
    public void NoStatusLinesWhenStderrIsNotATerminalOrWithQuiet()
    {
        var run = CliRun.Of("inspect", RepoPaths.Sample("tiny_mlp.onnx"));
        Assert.DoesNotContain("\u001b", run.Err);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, new HlsCli(stdout, stderr, stderrIsTerminal: true).Run(["inspect", RepoPaths.Sample("tiny_mlp.onnx"), "-q"]));
        Assert.Equal("", stderr.ToString());
    }
}
