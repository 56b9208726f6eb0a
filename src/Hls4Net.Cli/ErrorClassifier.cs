using Hls4Net.Backends.Cpp.Build;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Frontends.Keras.Hdf5;
using Hls4Net.Reference;

namespace Hls4Net.Cli;

/// <summary>Maps exceptions to an exit code and a single-line message.</summary>
public sealed class ErrorClassifier
{
    public (int Code, string Message) Classify(Exception e)
    {
        var message = OneLine(e.Message);
        if (e is OnnxRuntimeNotFoundException or Hdf5NotFoundException or CompilerNotFoundException or DllNotFoundException)
        {
            return (ExitCodes.MissingDependency, message);
        }
        if (e is UsageException) return (ExitCodes.Usage, message);
        var ours = e.GetType().Namespace?.StartsWith("Hls4Net", StringComparison.Ordinal) == true;
        if (ours || e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or NotSupportedException)
        {
            return (ExitCodes.Error, message);
        }
        return (ExitCodes.Error, $"internal error ({e.GetType().Name}): {message} (run with --verbose for details, and please report it)");
    }

    private static string OneLine(string text)
    {
        var line = text.Replace("\r", "", StringComparison.Ordinal).Split('\n')[0].Trim();
        return line.Length == 0 ? "unknown error" : line;
    }
}
