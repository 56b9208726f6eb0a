namespace Hls4Net;

/// <summary>
/// The base of every error Hls4Net reports on purpose: a one-line, user-facing message and a typed
/// <see cref="Category"/> that says what kind of failure it is (a front end such as the command line maps it to an
/// exit code). Any other exception escaping Hls4Net is a bug.
/// </summary>
public abstract class Hls4NetException : Exception
{
    /// <summary>Creates the exception with its category and a one-line message.</summary>
    protected Hls4NetException(Hls4NetErrorCategory category, string message, Exception? inner = null)
        : base(message, inner) => Category = category;

    /// <summary>What kind of failure this is.</summary>
    public Hls4NetErrorCategory Category { get; }
}
