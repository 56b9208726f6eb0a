using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using Serilog;

namespace Hls4Net.Reference;

/// <summary>Runs <c>npm pack onnxruntime-node@1.30.0</c> and copies the Linux native library into a cache folder.</summary>
internal sealed class OnnxRuntimePackageFetcher
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(15);
    private readonly string _npmCommand;
    private readonly ILogger _log;

    public OnnxRuntimePackageFetcher(string npmCommand, ILogger log)
    {
        _npmCommand = npmCommand;
        _log = log;
    }

    /// <summary>Fetch, extract and move the libraries into <paramref name="cacheDirectory"/> (main library last).</summary>
    public void FetchInto(string cacheDirectory, string archFolder)
    {
        var work = Path.Combine(Path.GetTempPath(), "hls4net-ort-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            _log.Information("Fetching {Package} with npm (about 110 MB, once) into {Cache}",
                OnnxRuntimeLocator.NpmPackage, cacheDirectory);
            var tarball = RunNpmPack(work);
            _log.Information("Extracting native library from {Tarball}", Path.GetFileName(tarball));
            Directory.CreateDirectory(cacheDirectory);
            // Extract next to the cache (same file system) so the final moves are atomic renames.
            var staging = Path.Combine(cacheDirectory, ".staging-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(staging);
            try
            {
                var files = Extract(tarball, $"package/bin/napi-v6/linux/{archFolder}/", staging);
                Publish(files, cacheDirectory);
            }
            finally
            {
                TryDelete(staging);
            }

            _log.Information("ONNX Runtime {Version} cached in {Cache}", OnnxRuntimeLocator.Version, cacheDirectory);
        }
        finally
        {
            TryDelete(work);
        }
    }

    private string RunNpmPack(string work)
    {
        var start = new ProcessStartInfo(_npmCommand)
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("pack");
        start.ArgumentList.Add(OnnxRuntimeLocator.NpmPackage);
        start.ArgumentList.Add("--silent");

        Process process;
        try
        {
            process = Process.Start(start)
                ?? throw new OnnxRuntimeNotFoundException($"{OnnxRuntimeLocator.NotFoundMessage} ('{_npmCommand}' did not start)");
        }
        catch (Win32Exception e)
        {
            throw new OnnxRuntimeNotFoundException(
                $"{OnnxRuntimeLocator.NotFoundMessage} ('{_npmCommand}' could not be started: {e.Message})", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(NpmTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new OnnxRuntimeNotFoundException($"{OnnxRuntimeLocator.NotFoundMessage} (npm pack timed out)");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var detail = FirstLine(stderr.Result) ?? FirstLine(stdout.Result) ?? "no output";
                throw new OnnxRuntimeNotFoundException(
                    $"{OnnxRuntimeLocator.NotFoundMessage} (npm pack exited with {process.ExitCode}: {detail})");
            }
        }

        return Directory.GetFiles(work, "*.tgz").SingleOrDefault()
            ?? throw new OnnxRuntimeNotFoundException($"{OnnxRuntimeLocator.NotFoundMessage} (npm pack produced no .tgz)");
    }

    private static List<string> Extract(string tarball, string prefix, string staging)
    {
        var written = new List<string>();
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                continue;
            if (!entry.Name.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            var name = entry.Name[prefix.Length..];
            if (name.Contains('/') || !name.StartsWith("libonnxruntime", StringComparison.Ordinal))
                continue;
            var target = Path.Combine(staging, name);
            entry.ExtractToFile(target, overwrite: true);
            written.Add(target);
        }

        if (!written.Any(p => Path.GetFileName(p) == OnnxRuntimeLocator.LibraryFileName))
            throw new OnnxRuntimeNotFoundException(
                $"{OnnxRuntimeLocator.NotFoundMessage} ({Path.GetFileName(tarball)} has no {prefix}{OnnxRuntimeLocator.LibraryFileName})");
        return written;
    }

    private static void Publish(List<string> files, string cacheDirectory)
    {
        // The main library goes last: its presence means the cache is complete.
        foreach (var source in files.OrderBy(p => Path.GetFileName(p) == OnnxRuntimeLocator.LibraryFileName))
        {
            var target = Path.Combine(cacheDirectory, Path.GetFileName(source));
            if (File.Exists(target))
                continue; // another process won the race; its copy is complete
            try
            {
                File.Move(source, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
            }
        }
    }

    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
