namespace Hls4Net.Backends.Cpp.Templates;

/// <summary>Finds the installation's <c>templates/</c> folder, which holds one folder per backend.</summary>
public static class TemplatesRoot
{
    /// <summary>Environment variable that names the templates folder explicitly.</summary>
    public const string EnvironmentVariable = "HLS4NET_TEMPLATES";

    /// <summary>
    /// <c>HLS4NET_TEMPLATES</c> if set, else <c>templates/</c> next to the assembly (copied at build time) when it has
    /// <paramref name="backendFolder"/>, else the repository's <c>templates/</c> found by walking up from the assembly.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">None of them exists.</exception>
    public static string Find(string backendFolder)
    {
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(env)) return env;
        var local = Path.Combine(AppContext.BaseDirectory, "templates");
        if (Directory.Exists(Path.Combine(local, backendFolder))) return local;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (Directory.Exists(Path.Combine(candidate, backendFolder)) && File.Exists(Path.Combine(dir.FullName, "Hls4Net.sln"))) return candidate;
        }
        throw new DirectoryNotFoundException($"Hls4Net templates folder not found; set {EnvironmentVariable} to the 'templates' folder of your Hls4Net installation");
    }
}
