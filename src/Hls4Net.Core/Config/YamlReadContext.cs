using System.Globalization;
using Serilog;
using YamlDotNet.RepresentationModel;

namespace Hls4Net.Core.Config;

/// <summary>Typed access to YAML nodes with one-line errors (<c>file:line: key.path: problem</c>) and key warnings.</summary>
internal sealed class YamlReadContext
{
    private readonly KeySuggester _suggester = new();

    public YamlReadContext(string sourceName, ILogger log)
    {
        SourceName = sourceName;
        Log = log;
    }

    public string SourceName { get; }

    public ILogger Log { get; }

    public ConfigException Error(YamlNode node, string path, string problem, Exception? inner = null) =>
        inner is null
            ? new($"{SourceName}:{node.Start.Line}: {path}: {problem}")
            : new($"{SourceName}:{node.Start.Line}: {path}: {problem}", inner);

    public YamlMappingNode Mapping(YamlNode node, string path) => node as YamlMappingNode
        ?? throw Error(node, path, $"expected a mapping of keys, got {Describe(node)}");

    /// <summary>The scalar's text, or null for an empty value / <c>null</c> / <c>~</c>.</summary>
    public string? OptionalScalar(YamlNode node, string path)
    {
        if (node is not YamlScalarNode s) throw Error(node, path, $"expected a single value, got {Describe(node)}");
        var v = s.Value ?? "";
        return s.Style == YamlDotNet.Core.ScalarStyle.Plain && (v.Length == 0 || v is "~" or "null" or "Null" or "NULL" or "None") ? null : v;
    }

    public string Scalar(YamlNode node, string path) =>
        OptionalScalar(node, path) ?? throw Error(node, path, "a value is required");

    public int Int(YamlNode node, string path, int min)
    {
        var text = Scalar(node, path);
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            throw Error(node, path, $"'{text}' is not an integer");
        }
        if (v < min) throw Error(node, path, $"{v} must be at least {min}");
        return v;
    }

    public double PositiveDouble(YamlNode node, string path)
    {
        var text = Scalar(node, path);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            throw Error(node, path, $"'{text}' is not a number");
        }
        if (v <= 0) throw Error(node, path, $"{text} must be positive");
        return v;
    }

    public bool Bool(YamlNode node, string path)
    {
        var text = Scalar(node, path);
        return text.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw Error(node, path, $"'{text}' is not a boolean (true or false)"),
        };
    }

    public void WarnUnknownKey(YamlNode keyNode, string key, string section, IReadOnlyCollection<string> known)
    {
        Log.Warning("unknown config key '{Key:l}' in {Section:l}{Hint:l} ({Source:l}:{Line})",
            key, section, _suggester.Hint(key, known), SourceName, keyNode.Start.Line);
    }

    /// <summary>A warning for an hls4ml key whose value changes nothing in Hls4Net, with the reason.</summary>
    public void WarnUnappliedKey(YamlNode node, string path, string? value, string reason) =>
        Log.Warning("{Source:l}:{Line}: {Path:l}: '{Value:l}' is not applied: {Reason:l}", SourceName, node.Start.Line, path, value ?? "", reason);

    public void NoteIgnoredKey(string key, string section) =>
        Log.Debug("config key '{Key:l}' in {Section:l} is accepted for hls4ml compatibility but not used", key, section);

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{s.Value}'",
        _ => node.NodeType.ToString(),
    };
}
