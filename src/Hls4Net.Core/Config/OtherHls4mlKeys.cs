using YamlDotNet.RepresentationModel;

namespace Hls4Net.Core.Config;

/// <summary>
/// The top-level and <c>HLSConfig</c> keys of an hls4ml file that Hls4Net does not apply: bookkeeping
/// (<c>Stamp</c>, <c>Version</c>) is a debug note; <c>WriterConfig</c> entries at hls4ml's defaults are debug notes
/// and otherwise warnings; accelerator settings (<c>Board</c>, <c>AcceleratorConfig</c>, <c>Interface</c>) and
/// optimizer flows are warnings with the reason. Nothing from the file is dropped silently.
/// </summary>
internal sealed class OtherHls4mlKeys
{
    public static readonly string[] TopKeys = ["Stamp", "Version", "WriterConfig", "Board", "AcceleratorConfig", "Interface"];
    public static readonly string[] HlsKeys = ["Flows", "Optimizers", "SkipOptimizers"];

    private readonly YamlReadContext _ctx;

    public OtherHls4mlKeys(YamlReadContext ctx) => _ctx = ctx;

    /// <summary>A top-level key from <see cref="TopKeys"/>.</summary>
    public void Top(string key, YamlNode value)
    {
        switch (key)
        {
            case "Stamp" or "Version":
                _ctx.NoteIgnoredKey(key, "the top level");
                break;
            case "WriterConfig":
                Writer(value);
                break;
            default:
                if (IsEmpty(value)) _ctx.NoteIgnoredKey(key, "the top level");
                else _ctx.WarnUnappliedKey(value, key, Describe(value), "it configures hls4ml's accelerator backends; Hls4Net writes a plain Vitis HLS IP");
                break;
        }
    }

    /// <summary>An <c>HLSConfig</c> key from <see cref="HlsKeys"/>.</summary>
    public void Hls(string key, YamlNode value)
    {
        var path = $"HLSConfig.{key}";
        if (IsEmpty(value)) _ctx.NoteIgnoredKey(key, "HLSConfig");
        else _ctx.WarnUnappliedKey(value, path, Describe(value), "Hls4Net runs its own fixed pass pipeline (docs/design.md), not hls4ml's optimizer flows");
    }

    private void Writer(YamlNode node)
    {
        if (IsEmpty(node)) return;
        foreach (var (keyNode, value) in _ctx.Mapping(node, "WriterConfig").Children)
        {
            var key = _ctx.Scalar(keyNode, "WriterConfig");
            var path = $"WriterConfig.{key}";
            var text = value is YamlScalarNode ? _ctx.OptionalScalar(value, path) : Describe(value);
            switch (key)
            {
                case "Namespace":
                    if (text is null) _ctx.NoteIgnoredKey(key, "WriterConfig");
                    else _ctx.WarnUnappliedKey(value, path, text, "the generated C++ is not wrapped in a namespace");
                    break;
                case "WriteTar":
                    if (text is null || IsFalse(text)) _ctx.NoteIgnoredKey(key, "WriterConfig");
                    else _ctx.WarnUnappliedKey(value, path, text, "no .tar.gz of the project is written");
                    break;
                case "WriteWeightsTxt":
                    // Weights are C++ headers either way; text copies are only a loading aid in hls4ml.
                    _ctx.NoteIgnoredKey(key, "WriterConfig");
                    break;
                default:
                    _ctx.WarnUnknownKey(keyNode, key, "WriterConfig", ["Namespace", "WriteTar", "WriteWeightsTxt"]);
                    break;
            }
        }
    }

    private bool IsEmpty(YamlNode node) => node switch
    {
        YamlScalarNode => _ctx.OptionalScalar(node, "") is null,
        YamlMappingNode m => m.Children.Count == 0,
        YamlSequenceNode s => s.Children.Count == 0,
        _ => false,
    };

    private static bool IsFalse(string text) => text.Trim().ToLowerInvariant() is "false" or "no" or "off" or "0";

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode s => $"a list of {s.Children.Count}",
        YamlMappingNode m => $"a mapping of {m.Children.Count}",
        _ => node.NodeType.ToString(),
    };
}
