namespace Hls4Net;

/// <summary>A command-line usage error (a missing argument, a bad option value or combination): exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }
}
