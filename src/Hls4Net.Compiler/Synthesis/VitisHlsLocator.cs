namespace Hls4Net.Synthesis;

/// <summary>
/// Finds the <c>vitis_hls</c> executable: <c>$XILINX_HLS/bin/vitis_hls</c> when XILINX_HLS is set (as Vitis' settings64.sh
/// sets it), else the first <c>vitis_hls</c> on PATH.
/// </summary>
public sealed class VitisHlsLocator
{
    /// <summary>The executable's name.</summary>
    public const string ToolName = "vitis_hls";

    private readonly Func<string, string?> _environment;

    /// <param name="environment">Reads an environment variable (default: the process environment; tests pass their own).</param>
    public VitisHlsLocator(Func<string, string?>? environment = null) =>
        _environment = environment ?? Environment.GetEnvironmentVariable;

    /// <summary>The full path of vitis_hls.</summary>
    /// <exception cref="VitisHlsNotFoundException">Neither place has it; the message says where it looked.</exception>
    public string Locate() => TryLocate() ?? throw new VitisHlsNotFoundException(NotFoundMessage());

    /// <summary>The full path of vitis_hls, or null.</summary>
    public string? TryLocate()
    {
        if (_environment("XILINX_HLS") is { Length: > 0 } home && Executable(Path.Combine(home, "bin")) is { } fromHome) return fromHome;
        foreach (var dir in (_environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Executable(dir) is { } found) return found;
        }
        return null;
    }

    private string NotFoundMessage()
    {
        var home = _environment("XILINX_HLS");
        var where = string.IsNullOrEmpty(home) ? "XILINX_HLS is not set" : $"not in $XILINX_HLS/bin ({Path.Combine(home, "bin")})";
        return $"{ToolName} not found: {where} and not on PATH (install Vitis HLS and source its settings64.sh, or add its bin folder to PATH)";
    }

    private static string? Executable(string dir)
    {
        foreach (var name in OperatingSystem.IsWindows() ? new[] { ToolName + ".bat", ToolName + ".exe" } : [ToolName])
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path)) return Path.GetFullPath(path);
        }
        return null;
    }
}
