namespace Hls4Net.Cli;

/// <summary>
/// Maps exceptions to an exit code and a single-line message: an <see cref="Hls4NetException"/> by its
/// <see cref="Hls4NetErrorCategory"/>, a few .NET exceptions about files and values as plain errors, anything else as an
/// internal error.
/// </summary>
public sealed class ErrorClassifier
{
    public (int Code, string Message) Classify(Exception e)
    {
        var message = OneLine(e.Message);
        if (e is Hls4NetException ours) return (ExitCode(ours.Category), message);
        if (e is DllNotFoundException) return (ExitCodes.MissingDependency, message);
        if (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or NotSupportedException)
        {
            return (ExitCodes.Error, message);
        }
        return (ExitCodes.Error, $"internal error ({e.GetType().Name}): {message} (run with --verbose for details, and please report it)");
    }

    /// <summary>The exit code of a failure of <paramref name="category"/>: 2 for usage, 6 for a missing dependency, else 1.</summary>
    public static int ExitCode(Hls4NetErrorCategory category) => category switch
    {
        Hls4NetErrorCategory.Usage => ExitCodes.Usage,
        Hls4NetErrorCategory.MissingDependency => ExitCodes.MissingDependency,
        _ => ExitCodes.Error,
    };

    private static string OneLine(string text)
    {
        var line = text.Replace("\r", "", StringComparison.Ordinal).Split('\n')[0].Trim();
        return line.Length == 0 ? "unknown error" : line;
    }
}
