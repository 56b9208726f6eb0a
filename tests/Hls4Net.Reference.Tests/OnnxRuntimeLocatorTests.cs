using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Hls4Net.TestSupport;

namespace Hls4Net.Reference.Tests;

public sealed class OnnxRuntimeLocatorTests
{
    private const string MissingNpm = "hls4net-no-such-npm-command";

    private const string ActionableText =
        "ONNX Runtime library not found: set HLS4NET_ONNXRUNTIME=/path/to/libonnxruntime.so.1, or install npm " +
        "(apt-get install -y npm) so hls4net can fetch onnxruntime-node@1.30.0 into ~/.cache/hls4net/onnxruntime/1.30.0";

    private static Func<string, string?> Env(params (string Key, string Value)[] vars) =>
        key => vars.FirstOrDefault(v => v.Key == key).Value;

    private static string Touch(string path, string content = "fake")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void EnvironmentFolderWinsOverCache()
    {
        using var temp = new TempDirectory();
        var fromEnv = Touch(temp.Combine("env", "libonnxruntime.so.1"));
        Touch(temp.Combine("cache", "libonnxruntime.so.1"));
        var locator = new OnnxRuntimeLocator(Env(("HLS4NET_ONNXRUNTIME", temp.Combine("env"))), temp.Combine("cache"), MissingNpm);

        Assert.Equal(fromEnv, locator.Locate());
    }

    [Fact]
    public void EnvironmentFilePathIsUsedAsIs()
    {
        using var temp = new TempDirectory();
        var fromEnv = Touch(temp.Combine("custom-name.so"));
        var locator = new OnnxRuntimeLocator(Env(("HLS4NET_ONNXRUNTIME", fromEnv)), temp.Combine("cache"), MissingNpm);

        Assert.Equal(fromEnv, locator.Locate());
    }

    [Fact]
    public void CacheIsUsedWhenPresentWithoutRunningNpm()
    {
        using var temp = new TempDirectory();
        var cached = Touch(temp.Combine("cache", "libonnxruntime.so.1"));
        var locator = new OnnxRuntimeLocator(Env(), temp.Combine("cache"), MissingNpm);

        Assert.Equal(cached, locator.Locate());
    }

    [Fact]
    public void EnvironmentPointingNowhereNamesTheVariable()
    {
        using var temp = new TempDirectory();
        Touch(temp.Combine("cache", "libonnxruntime.so.1"));
        var missing = temp.Combine("nothing", "libonnxruntime.so.1");
        var locator = new OnnxRuntimeLocator(Env(("HLS4NET_ONNXRUNTIME", missing)), temp.Combine("cache"), MissingNpm);

        var error = Assert.Throws<OnnxRuntimeNotFoundException>(locator.Locate);
        Assert.Contains("HLS4NET_ONNXRUNTIME", error.Message);
        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void EnvironmentFolderWithoutLibraryIsAnError()
    {
        using var temp = new TempDirectory();
        var locator = new OnnxRuntimeLocator(Env(("HLS4NET_ONNXRUNTIME", temp.Path)), temp.Combine("cache"), MissingNpm);

        var error = Assert.Throws<OnnxRuntimeNotFoundException>(locator.Locate);
        Assert.Contains("HLS4NET_ONNXRUNTIME", error.Message);
        Assert.Contains("libonnxruntime.so.1", error.Message);
    }

    [Fact]
    public void NoLibraryAndNoNpmGivesTheActionableMessage()
    {
        using var temp = new TempDirectory();
        var locator = new OnnxRuntimeLocator(Env(), temp.Combine("empty-cache"), MissingNpm);

        var error = Assert.Throws<OnnxRuntimeNotFoundException>(locator.Locate);
        Assert.StartsWith(ActionableText, error.Message);
        Assert.False(File.Exists(temp.Combine("empty-cache", "libonnxruntime.so.1")));
    }

    [Fact]
    public void CacheFollowsXdgCacheHomeThenHome()
    {
        Assert.Equal(Path.Combine("/x/cache", "hls4net", "onnxruntime", "1.30.0"),
            OnnxRuntimeLocator.DefaultCacheDirectory(Env(("XDG_CACHE_HOME", "/x/cache"), ("HOME", "/home/u"))));
        Assert.Equal(Path.Combine("/home/u", ".cache", "hls4net", "onnxruntime", "1.30.0"),
            OnnxRuntimeLocator.DefaultCacheDirectory(Env(("HOME", "/home/u"))));
    }

    [LinuxFact]
    public void FetchExtractsOnlyTheNativeLibraryFromTheNpmTarball()
    {
        using var temp = new TempDirectory();
        var arch = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        var tarball = temp.Combine("onnxruntime-node-1.30.0.tgz");
        WriteTarball(tarball, new()
        {
            ["package/package.json"] = "{}",
            [$"package/bin/napi-v6/linux/{arch}/libonnxruntime.so.1"] = "native-library",
            [$"package/bin/napi-v6/linux/{arch}/onnxruntime_binding.node"] = "binding",
            ["package/bin/napi-v6/win32/x64/onnxruntime.dll"] = "windows",
        });
        var npm = FakeNpm(temp, $"cp '{tarball}' .\n");
        var cache = temp.Combine("cache");

        var located = new OnnxRuntimeLocator(Env(), cache, npm).Locate();

        Assert.Equal(Path.Combine(cache, "libonnxruntime.so.1"), located);
        Assert.Equal("native-library", File.ReadAllText(located));
        Assert.Equal(["libonnxruntime.so.1"], Directory.GetFileSystemEntries(cache).Select(Path.GetFileName));
    }

    [LinuxFact]
    public void FailingNpmGivesTheActionableMessageAndNpmsReason()
    {
        using var temp = new TempDirectory();
        var npm = FakeNpm(temp, "echo 'npm error code E404' >&2\nexit 1\n");

        var error = Assert.Throws<OnnxRuntimeNotFoundException>(new OnnxRuntimeLocator(Env(), temp.Combine("cache"), npm).Locate);

        Assert.StartsWith(ActionableText, error.Message);
        Assert.Contains("E404", error.Message);
        Assert.False(File.Exists(temp.Combine("cache", "libonnxruntime.so.1")));
    }

    private static string FakeNpm(TempDirectory temp, string body)
    {
        var script = temp.Combine("fake-npm.sh");
        File.WriteAllText(script, "#!/bin/sh\n" + body);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    private static void WriteTarball(string path, Dictionary<string, string> files)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Ustar);
        foreach (var (name, content) in files)
        {
            var entry = new UstarTarEntry(TarEntryType.RegularFile, name)
            {
                DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)),
            };
            tar.WriteEntry(entry);
        }
    }
}
