using System.Text.Json;

namespace Hls4Net.Cli.Tests.Errors;

/// <summary>Usage errors classify as exit 2; the printer writes one error line and, with --json, a JSON object.</summary>
public sealed class ErrorPrinterTests
{
    [Fact]
    public void UsageExceptionsExitWithTwo()
    {
        var (code, message) = new ErrorClassifier().Classify(new UsageException("give either --input or --samples, not both"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("give either --input or --samples, not both", message);
    }

    [Fact]
    public void WithoutJsonOnlyStderrGetsTheLine()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(6, new ErrorPrinter(stdout, stderr).Print(6, "g++ not found", json: false));
        Assert.Equal("error: g++ not found" + Environment.NewLine, stderr.ToString());
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public void WithJsonStdoutGetsAnUnescapedErrorObject()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        new ErrorPrinter(stdout, stderr).Print(1, "layer 'a<b>': \"quoted\" & more", json: true);
        Assert.Equal("{\"error\":\"layer 'a<b>': \\\"quoted\\\" & more\",\"exitCode\":1}" + Environment.NewLine, stdout.ToString());
        using var doc = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("layer 'a<b>': \"quoted\" & more", doc.RootElement.GetProperty("error").GetString());
        Assert.Equal("error: layer 'a<b>': \"quoted\" & more" + Environment.NewLine, stderr.ToString());
    }
}
