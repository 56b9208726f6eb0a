namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>What happened to one case: success, a deliberate error (exception type named), or a gate violation.</summary>
internal sealed record FuzzOutcome(FuzzCase Case, FuzzOutcomeKind Kind, int ExitCode, string Detail)
{
    /// <summary>Wall time of the CLI run.</summary>
    public TimeSpan Elapsed { get; init; }

    public override string ToString() => $"{Kind} (exit {ExitCode}) {Case}\n    {Detail}";
}

internal enum FuzzOutcomeKind
{
    /// <summary>Exit 0 and only the project folder (for convert) was written.</summary>
    Success,

    /// <summary>Exit 1 (2 for a usage error) with one readable error line from one of Hls4Net's own exception types, nothing written.</summary>
    Error,

    /// <summary>A gate violation: an unhandled or foreign exception, a bad message, a stray file, or a failed must-succeed case.</summary>
    Failure,
}
