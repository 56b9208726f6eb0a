using Serilog;
using Serilog.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hls4Net.Core.Config;

/// <summary>
/// Loads hls4ml-style YAML project configs into a <see cref="ProjectConfig"/>. hls4ml's own files load unchanged:
/// unknown keys are warnings with a suggestion, hls4ml keys Hls4Net does not apply are warnings with the reason
/// (debug notes when at hls4ml's default; see <see cref="OtherHls4mlKeys"/>, <see cref="UnappliedKeys"/>), and bad values are
/// a <see cref="ConfigException"/> naming file, line, key path and value.
/// </summary>
public sealed class ProjectConfigLoader
{
    private static readonly string[] PathKeys = ["OnnxModel", "KerasJson", "KerasH5", "KerasModel", "InputData", "OutputPredictions"];
    private static readonly string[] TopKeys =
        [.. PathKeys, "OutputDir", "ProjectName", "Part", "ClockPeriod", "ClockUncertainty", "IOType", "Backend", "Semantics", "HLSConfig"];
    private static readonly string[] HlsKeys = ["Model", "LayerType", "LayerName"];

    private readonly ILogger _log;
    private readonly FpgaPartCatalog _catalog;

    public ProjectConfigLoader(ILogger? log = null, FpgaPartCatalog? catalog = null)
    {
        _log = log ?? Logger.None;
        _catalog = catalog ?? new FpgaPartCatalog();
    }

    /// <summary>Load a YAML file; relative model and data paths resolve against the file's folder.</summary>
    public ProjectConfig LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"cannot read config file '{path}': {e.Message}", e);
        }
        var full = Path.GetFullPath(path);
        var config = LoadYaml(text, Path.GetFileName(path), Path.GetDirectoryName(full));
        config.SourcePath = full;
        return config;
    }

    /// <summary>Load YAML text. <paramref name="sourceName"/> names it in messages; relative paths resolve against <paramref name="baseDirectory"/> (default: the working directory).</summary>
    public ProjectConfig LoadYaml(string yaml, string sourceName = "<config>", string? baseDirectory = null)
    {
        var ctx = new YamlReadContext(sourceName, _log);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ConfigException($"{sourceName}:{e.Start.Line}:{e.Start.Column}: malformed YAML: {OneLine(Inner(e).Message)}", e);
        }
        catch (ArgumentException e) when (e.Source == typeof(YamlStream).Assembly.GetName().Name)
        {
            // YamlDotNet's representation model throws this for some event sequences, e.g. a mapping entry with an empty key.
            throw new ConfigException($"{sourceName}: malformed YAML (check for an empty key or a misplaced ':')", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this on some broken flow collections instead of a YamlException.
            throw new ConfigException($"{sourceName}: malformed YAML (check brackets, braces and quotes)", e);
        }
        var config = new ProjectConfig();
        if (stream.Documents.Count == 0) return config;
        if (stream.Documents.Count > 1) throw ctx.Error(stream.Documents[1].RootNode, "(document)", "expected one YAML document, found several");
        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode && ctx.OptionalScalar(root, "(document)") is null) return config;
        ReadTop(ctx.Mapping(root, "(top level)"), config, ctx, baseDirectory ?? Directory.GetCurrentDirectory());
        return config;
    }

    private void ReadTop(YamlMappingNode map, ProjectConfig config, YamlReadContext ctx, string baseDirectory)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            var key = ctx.Scalar(keyNode, "(top level)");
            if (PathKeys.Contains(key, StringComparer.Ordinal))
            {
                var p = ctx.OptionalScalar(value, key);
                var resolved = p is null ? null : Path.GetFullPath(Path.Combine(baseDirectory, p));
                switch (key)
                {
                    case "OnnxModel": config.OnnxModel = resolved; break;
                    case "KerasJson": config.KerasJson = resolved; break;
                    case "KerasH5": config.KerasH5 = resolved; break;
                    case "KerasModel": config.KerasModel = resolved; break;
                    case "InputData": config.InputData = resolved; break;
                    default:
                        config.OutputPredictions = resolved;
                        if (resolved is not null)
                        {
                            _log.Warning("{Source:l}:{Line}: OutputPredictions '{Path:l}' is not used: the testbench's expected outputs are the emulator's bit-exact predictions for InputData; compare against float predictions with `hls4net verify --input`",
                                ctx.SourceName, value.Start.Line, p);
                        }
                        break;
                }
                continue;
            }
            switch (key)
            {
                case "OutputDir":
                    config.OutputDir = ctx.OptionalScalar(value, key);
                    break;
                case "ProjectName":
                    config.ProjectName = ProjectNameRule.Check(ctx.Scalar(value, key), m => ctx.Error(value, key, m));
                    break;
                case "Part" or "XilinxPart":
                    config.Part = ReadPart(ctx.Scalar(value, key), key, ctx, value);
                    break;
                case "ClockPeriod":
                    config.ClockPeriod = ctx.PositiveDouble(value, key);
                    break;
                case "ClockUncertainty":
                    config.ClockUncertainty = ctx.OptionalScalar(value, key);
                    break;
                case "IOType":
                    var io = ctx.Scalar(value, key);
                    config.IoType = IoTypeNames.TryParse(io, out var t) ? t : throw ctx.Error(value, key, $"unknown IO type '{io}' (expected io_parallel or io_stream)");
                    break;
                case "Backend":
                    config.Backend = ReadBackend(ctx.Scalar(value, key), ctx, value);
                    break;
                case "Semantics":
                    var sem = ctx.Scalar(value, key);
                    config.Semantics = SemanticsNames.TryParse(sem, out var parsed)
                        ? parsed
                        : throw ctx.Error(value, key, $"unknown semantics '{sem}' (expected hls4ml or exact)");
                    break;
                case "HLSConfig":
                    ReadHls(value, config.Hls, ctx);
                    break;
                default:
                    if (OtherHls4mlKeys.TopKeys.Contains(key, StringComparer.Ordinal)) new OtherHls4mlKeys(ctx).Top(key, value);
                    else ctx.WarnUnknownKey(keyNode, key, "the top level", [.. TopKeys, .. OtherHls4mlKeys.TopKeys]);
                    break;
            }
        }
    }

    /// <summary>
    /// Vitis is what Hls4Net writes. Vivado (hls4ml's Vivado HLS backend) gets the same project with a warning, as
    /// Vivado HLS reads the same commands but is not what Hls4Net tests. Any other backend is an error.
    /// </summary>
    private string ReadBackend(string backend, YamlReadContext ctx, YamlNode node)
    {
        if (backend.Equals("Vitis", StringComparison.OrdinalIgnoreCase)) return "Vitis";
        if (backend.Equals("Vivado", StringComparison.OrdinalIgnoreCase))
        {
            _log.Warning("{Source:l}:{Line}: Backend 'Vivado': Hls4Net writes a Vitis HLS project (build it with vitis_hls; Vivado HLS is not tested)",
                ctx.SourceName, node.Start.Line);
            return backend;
        }
        throw ctx.Error(node, "Backend", $"'{backend}' is not supported: Hls4Net writes Vitis HLS projects only (use Backend: Vitis)");
    }

    private string ReadPart(string part, string key, YamlReadContext ctx, YamlNode node) =>
        // hls4ml accepts any part; we keep any full part name (with a warning when the device is unknown).
        _catalog.Resolve(part, $"{ctx.SourceName}:{node.Start.Line}: {key}", _log);

    private void ReadHls(YamlNode node, HlsConfig hls, YamlReadContext ctx)
    {
        if (node is YamlScalarNode && ctx.OptionalScalar(node, "HLSConfig") is null) return;
        var reader = new LayerConfigReader(ctx);
        foreach (var (keyNode, value) in ctx.Mapping(node, "HLSConfig").Children)
        {
            var key = ctx.Scalar(keyNode, "HLSConfig");
            switch (key)
            {
                case "Model":
                    reader.Read(value, hls.Model);
                    break;
                case "LayerType":
                    foreach (var (name, section) in Entries(value, "HLSConfig.LayerType", ctx)) reader.Read(section, hls.GetOrAddType(name));
                    break;
                case "LayerName":
                    foreach (var (name, section) in Entries(value, "HLSConfig.LayerName", ctx)) reader.Read(section, hls.GetOrAddLayer(name));
                    break;
                default:
                    if (OtherHls4mlKeys.HlsKeys.Contains(key, StringComparer.Ordinal)) new OtherHls4mlKeys(ctx).Hls(key, value);
                    else ctx.WarnUnknownKey(keyNode, key, "HLSConfig", [.. HlsKeys, .. OtherHls4mlKeys.HlsKeys]);
                    break;
            }
        }
    }

    private static IEnumerable<(string Name, YamlNode Section)> Entries(YamlNode node, string path, YamlReadContext ctx)
    {
        if (node is YamlScalarNode && ctx.OptionalScalar(node, path) is null) yield break;
        foreach (var (keyNode, value) in ctx.Mapping(node, path).Children) yield return (ctx.Scalar(keyNode, path), value);
    }

    private static string OneLine(string text) => text.Replace("\r", "", StringComparison.Ordinal).Split('\n')[0].Trim();

    private static Exception Inner(Exception e) => e.InnerException is YamlException inner ? inner : e;
}
