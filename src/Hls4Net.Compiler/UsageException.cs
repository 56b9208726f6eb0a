namespace Hls4Net;

/// <summary>A command-line usage error (a missing argument, a bad option value or combination): exit code 2.</summary>
public sealed class UsageException : Hls4NetException
{
    public UsageException(string message) : base(Hls4NetErrorCategory.Usage, message) { }
}
