namespace Hls4Net.Backends.Cpp.Tests;

/// <summary>A fresh temporary folder for one test, deleted on dispose; <see cref="Write"/> creates files in it.</summary>
public sealed class Scratch : IDisposable
{
    public Scratch() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "hls4net-cpp-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Write <paramref name="text"/> to <paramref name="relativePath"/> (folders created); returns the full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
