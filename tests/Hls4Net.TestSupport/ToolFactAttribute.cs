using Xunit;

namespace Hls4Net.TestSupport;

/// <summary>
/// A fact that needs an external program (e.g. <c>tclsh</c>) on PATH. When it is missing the test is reported as
/// skipped with the reason (scripts/setup.sh installs it), so it is counted instead of passing without checking.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool)
    {
        if (ExecutableSearch.Find(tool) is null) Skip = $"'{tool}' not found on PATH (scripts/setup.sh installs it); skipped";
    }
}
