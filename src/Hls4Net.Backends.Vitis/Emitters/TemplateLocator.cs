namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Finds the templates folder: <c>HLS4NET_TEMPLATES</c> if set, else <c>templates/</c> next to the assembly
/// (copied at build time), else the repository's <c>templates/</c> found by walking up from the assembly.
/// </summary>
public sealed class TemplateLocator
{
    public TemplateLocator(string? root = null) => Root = root ?? FindRoot();

    /// <summary>The folder that contains <c>vitis/</c>.</summary>
    public string Root { get; }

    /// <summary>Full path of a file under templates/vitis.</summary>
    public string VitisFile(string relativePath)
    {
        var path = Path.Combine(Root, "vitis", relativePath);
        if (!File.Exists(path)) throw new FileNotFoundException($"template file not found: {path}");
        return path;
    }

    private static string FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("HLS4NET_TEMPLATES");
        if (!string.IsNullOrEmpty(env)) return env;
        var local = Path.Combine(AppContext.BaseDirectory, "templates");
        if (Directory.Exists(Path.Combine(local, "vitis"))) return local;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (Directory.Exists(Path.Combine(candidate, "vitis")) && File.Exists(Path.Combine(dir.FullName, "Hls4Net.sln"))) return candidate;
        }
        throw new DirectoryNotFoundException("Hls4Net templates folder not found; set HLS4NET_TEMPLATES to the 'templates' folder of your Hls4Net installation");
    }
}
