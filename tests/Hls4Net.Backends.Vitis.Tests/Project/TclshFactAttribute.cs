using Hls4Net.Backends.Vitis.Csim;
using Xunit;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>A fact that runs Tcl scripts under <c>tclsh</c>; reported as skipped (and counted) when tclsh is not installed.</summary>
public sealed class TclshFactAttribute : FactAttribute
{
    public TclshFactAttribute()
    {
        if (Path is null) Skip = "tclsh is not installed (apt-get install tcl); skipped";
    }

    /// <summary>The tclsh executable, or null.</summary>
    public static string? Path { get; } = CompilerLocator.Find("tclsh");
}
