namespace Hls4Net.TestSupport;

/// <summary>The skip reason for tests that need ../shared, or null when it is present.</summary>
public static class SharedSkip
{
    /// <summary>Null when ../shared/models exists above the test binaries; otherwise why the test is skipped.</summary>
    public static string? Reason()
    {
        try
        {
            _ = RepoPaths.SharedDir;
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return RepoPaths.SharedMissing + "; skipped";
        }
    }
}
