namespace Hls4Net.Backends.Cpp.Build;

/// <summary>The user's cache folder for Hls4Net: <c>$XDG_CACHE_HOME/hls4net</c>, or <c>~/.cache/hls4net</c>.</summary>
public static class UserCache
{
    /// <summary>The sub-folder <paramref name="name"/> of the user's Hls4Net cache (not created here).</summary>
    public static string Folder(string name) => Folder(name, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="Folder(string)"/>, reading the environment through <paramref name="environment"/>.</summary>
    public static string Folder(string name, Func<string, string?> environment)
    {
        var root = environment("XDG_CACHE_HOME");
        if (string.IsNullOrWhiteSpace(root))
        {
            var home = environment("HOME");
            if (string.IsNullOrWhiteSpace(home)) home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            root = Path.Combine(home, ".cache");
        }
        return Path.Combine(root, "hls4net", name);
    }
}
