using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using YamlDotNet.RepresentationModel;

namespace Hls4Net.Core.Config;

/// <summary>Reads one HLSConfig section (<c>Precision</c>, <c>ReuseFactor</c>, <c>Strategy</c>, <c>TableSize</c>, <c>Trace</c>, ...).</summary>
internal sealed class LayerConfigReader
{
    /// <summary>Keys we read into typed settings (each is applied, or refused with a reason per layer by the passes).</summary>
    public static readonly string[] UsedKeys =
    [
        "Precision", "ReuseFactor", "Strategy", "TableSize", "Trace", "Implementation", "Skip", "ParallelizationFactor",
        "Compression", "ConvImplementation", "Semantics", "static",
    ];

    private readonly UnappliedKeys _unapplied = new();
    private readonly PrecisionKeyParser _precisionKeys = new();
    private readonly YamlReadContext _ctx;

    public LayerConfigReader(YamlReadContext ctx) => _ctx = ctx;

    public void Read(YamlNode node, LayerConfig target)
    {
        if (node is YamlScalarNode && _ctx.OptionalScalar(node, target.Path) is null) return; // empty section
        foreach (var (keyNode, value) in _ctx.Mapping(node, target.Path).Children)
        {
            var key = _ctx.Scalar(keyNode, target.Path);
            var path = $"{target.Path}.{key}";
            switch (key)
            {
                case "Precision":
                    ReadPrecision(value, path, target);
                    break;
                case "ReuseFactor":
                    target.ReuseFactor = _ctx.Int(value, path, min: 1);
                    break;
                case "Strategy":
                    target.Strategy = ParseStrategy(value, path);
                    break;
                case "Semantics":
                    target.Semantics = ParseSemantics(value, path);
                    break;
                case "TableSize":
                    target.TableSize = _ctx.Int(value, path, min: 2);
                    break;
                case "Trace":
                    target.Trace = _ctx.Bool(value, path);
                    break;
                case "Implementation":
                    target.Implementation = ParseChoice(value, path, SoftmaxImplementations.Names);
                    break;
                case "Skip":
                    target.Skip = _ctx.Bool(value, path);
                    break;
                case "ParallelizationFactor":
                    target.ParallelizationFactor = _ctx.Int(value, path, min: 1);
                    break;
                case "Compression":
                    target.Compression = _ctx.Bool(value, path);
                    break;
                case "static":
                    target.Static = _ctx.Bool(value, path);
                    break;
                case "ConvImplementation":
                    target.ConvImplementation = ParseChoice(value, path, ["LineBuffer", "Encoded", "Pointwise"]);
                    break;
                default:
                    if (_unapplied.Knows(key))
                    {
                        var text = _ctx.OptionalScalar(value, path);
                        if (_unapplied.IsDefault(key, text)) _ctx.NoteIgnoredKey(key, target.Path);
                        else _ctx.WarnUnappliedKey(value, path, text, _unapplied.Reason(key));
                        if (text is not null) target.PassThrough[key] = text;
                    }
                    else
                    {
                        _ctx.WarnUnknownKey(keyNode, key, target.Path, [.. UsedKeys, .. _unapplied.Names]);
                    }
                    break;
            }
        }
    }

    private void ReadPrecision(YamlNode node, string path, LayerConfig target)
    {
        if (node is YamlScalarNode)
        {
            target.SetDefaultPrecision(ParseType(node, path));
            return;
        }
        var given = new Dictionary<PrecisionSlot, string>();
        foreach (var (keyNode, value) in _ctx.Mapping(node, path).Children)
        {
            var key = _ctx.Scalar(keyNode, path);
            if (!_precisionKeys.TryParse(key, out var variable))
            {
                _ctx.WarnUnknownKey(keyNode, key, path, _precisionKeys.Accepted.ToList());
                continue;
            }
            if (given.TryGetValue(variable, out var other))
            {
                throw _ctx.Error(keyNode, path, $"'{other}' and '{key}' both set the {variable.Name} precision");
            }
            given[variable] = key;
            target.Precision[variable] = ParseType(value, $"{path}.{key}");
        }
    }

    /// <summary>A type, or null for <c>auto</c>.</summary>
    private FixedType? ParseType(YamlNode node, string path)
    {
        var text = _ctx.Scalar(node, path);
        if (string.Equals(text.Trim(), "auto", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return FixedType.Parse(text);
        }
        catch (FixedTypeException e)
        {
            // In a flow mapping ({Precision: ap_fixed<16,6>}) YAML splits the value at the comma.
            var hint = text.Contains('<', StringComparison.Ordinal) && !text.Contains('>', StringComparison.Ordinal)
                ? " (inside { } a comma separates YAML entries: quote the type, e.g. 'ap_fixed<16,6>')"
                : "";
            throw _ctx.Error(node, path, e.Message + hint, e);
        }
    }

    /// <summary>One of <paramref name="choices"/> (case-insensitive), returned in its canonical spelling.</summary>
    private string ParseChoice(YamlNode node, string path, IReadOnlyList<string> choices)
    {
        var text = _ctx.Scalar(node, path).Trim();
        return choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
            ?? throw _ctx.Error(node, path, $"unknown value '{text}' (expected {string.Join(", ", choices)})");
    }

    private ArithmeticSemantics ParseSemantics(YamlNode node, string path)
    {
        var text = _ctx.Scalar(node, path);
        return SemanticsNames.TryParse(text, out var s)
            ? s
            : throw _ctx.Error(node, path, $"unknown semantics '{text}' (expected hls4ml or exact)");
    }

    private Strategy ParseStrategy(YamlNode node, string path)
    {
        var text = _ctx.Scalar(node, path);
        return StrategyNames.TryParse(text, out var s)
            ? s
            : throw _ctx.Error(node, path, $"unknown strategy '{text}' (expected Latency or Resource)");
    }
}
