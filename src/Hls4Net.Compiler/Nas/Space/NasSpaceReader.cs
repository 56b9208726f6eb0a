using System.Globalization;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hls4Net.Nas.Space;

/// <summary>
/// Reads a search space file (<c>space.yml</c>, docs/nas.md). Every problem is a <see cref="ConfigException"/> of one
/// line naming the file, the line and the key (<c>space.yml:7: dense.widths: 'x' is not a whole number</c>); unknown
/// keys are errors too, so a misspelt key never silently narrows the search.
/// </summary>
public sealed class NasSpaceReader
{
    private static readonly string[] TopKeys = ["name", "model", "input", "outputs", "output_activation", "activations", "dense", "blocks", "hardware"];
    private static readonly string[] DenseKeys = ["depth", "widths"];
    private static readonly string[] BlockKeys = ["count", "filters", "kernel_sizes", "pooling"];
    private static readonly string[] HardwareKeys = ["precisions", "bits", "reuse_factors", "strategies", "io_type"];
    private static readonly string[] BitsKeys = ["weights", "activations", "weight_integer_bits", "activation_integer_bits"];
    private static readonly string[] HiddenActivations = ["relu", "tanh", "sigmoid", "linear"];
    private static readonly string[] OutputActivations = ["linear", "softmax", "sigmoid", "relu"];

    private string _source = "<space>";

    /// <summary>Read the space file at <paramref name="path"/>.</summary>
    public NasSpace ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"cannot read space file '{path}': {e.Message}", e);
        }
        return Read(text, Path.GetFileName(path));
    }

    /// <summary>Read a space from YAML text; <paramref name="sourceName"/> names it in messages.</summary>
    public NasSpace Read(string yaml, string sourceName = "<space>")
    {
        _source = sourceName;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ConfigException($"{sourceName}:{e.Start.Line}: malformed YAML: {e.Message.ReplaceLineEndings(" ")}", e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new ConfigException($"{sourceName}: malformed YAML ({e.Message.ReplaceLineEndings(" ")})", e);
        }
        if (stream.Documents.Count != 1) throw new ConfigException($"{sourceName}: expected one YAML document, found {stream.Documents.Count}");
        var root = Mapping(stream.Documents[0].RootNode, "(top level)");
        CheckKeys(root, "(top level)", TopKeys);

        var m = Required(root, "model", "(top level)");
        var kind = Scalar(m, "model").ToLowerInvariant() switch
        {
            "mlp" => NasModelKind.Mlp,
            "cnn1d" => NasModelKind.Cnn1D,
            "cnn2d" => NasModelKind.Cnn2D,
            var other => throw Error(m, "model", $"'{other}' is not a model family (mlp, cnn1d or cnn2d)"),
        };
        var inputNode = Required(root, "input", "(top level)");
        var input = inputNode is YamlScalarNode ? [Int(inputNode, "input", 1)] : IntList(inputNode, "input", 1);
        var rank = kind switch { NasModelKind.Mlp => 1, NasModelKind.Cnn1D => 2, _ => 3 };
        if (input.Count != rank)
        {
            throw Error(inputNode, "input", kind switch
            {
                NasModelKind.Mlp => "an MLP takes [features]",
                NasModelKind.Cnn1D => "a 1D CNN takes [channels, length]",
                _ => "a 2D CNN takes [channels, height, width]",
            } + $", got {input.Count} numbers");
        }
        var name = Optional(root, "name") is { } n ? Scalar(n, "name") : Path.GetFileNameWithoutExtension(sourceName);
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new ConfigException($"{sourceName}: name: '{name}' must be letters, digits, '_' or '-'");
        }
        var outputs = Int(Required(root, "outputs", "(top level)"), "outputs", 1);
        var outAct = Optional(root, "output_activation") is { } oa ? OneOf(oa, "output_activation", OutputActivations) : "linear";
        var activations = Optional(root, "activations") is { } an
            ? Distinct(an, "activations", StringList(an, "activations").Select(a => OneOf(an, "activations", HiddenActivations, a)).ToList())
            : ["relu"];

        var denseNode = Required(root, "dense", "(top level)");
        var dense = ReadDense(Mapping(denseNode, "dense"), kind);
        ConvBlockSpace? blocks = null;
        var blocksNode = Optional(root, "blocks");
        if (kind == NasModelKind.Mlp)
        {
            if (blocksNode is not null) throw Error(blocksNode, "blocks", "convolution blocks need model: cnn1d or cnn2d");
        }
        else
        {
            if (blocksNode is null) throw new ConfigException($"{sourceName}: blocks: a CNN space needs its convolution blocks");
            blocks = ReadBlocks(Mapping(blocksNode, "blocks"));
        }

        var hwNode = Required(root, "hardware", "(top level)");
        var hw = Mapping(hwNode, "hardware");
        CheckKeys(hw, "hardware", HardwareKeys);
        var precisions = ReadPrecisions(hw, hwNode);
        var reuse = Optional(hw, "reuse_factors") is { } rn ? Distinct(rn, "hardware.reuse_factors", IntList(rn, "hardware.reuse_factors", 1)) : [1];
        var strategies = Optional(hw, "strategies") is { } sn
            ? Distinct(sn, "hardware.strategies", StringList(sn, "hardware.strategies").Select(s => StrategyNames.TryParse(s, out var st)
                ? st : throw Error(sn, "hardware.strategies", $"'{s}' is not a strategy (Latency or Resource)")).ToList())
            : [Strategy.Latency];
        var io = IoType.IoParallel;
        if (Optional(hw, "io_type") is { } ion)
        {
            io = Scalar(ion, "hardware.io_type").ToLowerInvariant() switch
            {
                "io_parallel" => IoType.IoParallel,
                "io_stream" => IoType.IoStream,
                var other => throw Error(ion, "hardware.io_type", $"'{other}' is not an io type (io_parallel or io_stream)"),
            };
        }

        return new NasSpace
        {
            Name = name,
            Kind = kind,
            InputShape = input,
            Outputs = outputs,
            OutputActivation = outAct,
            Activations = activations,
            Blocks = blocks,
            Dense = dense,
            Precisions = precisions,
            ReuseFactors = reuse,
            Strategies = strategies,
            IoType = io,
        };
    }

    private DenseStackSpace ReadDense(YamlMappingNode map, NasModelKind kind)
    {
        CheckKeys(map, "dense", DenseKeys);
        var (min, max) = Range(Required(map, "depth", "dense"), "dense.depth", kind == NasModelKind.Mlp ? 1 : 0);
        var widthsNode = Required(map, "widths", "dense");
        if (widthsNode is not YamlSequenceNode seq || seq.Children.Count == 0) throw Error(widthsNode, "dense.widths", "expected a list of widths, or one list per layer");
        IReadOnlyList<IReadOnlyList<int>> widths;
        if (seq.Children.All(c => c is YamlSequenceNode))
        {
            widths = seq.Children.Select((c, i) => (IReadOnlyList<int>)Distinct(c, $"dense.widths[{i + 1}]", IntList(c, $"dense.widths[{i + 1}]", 1))).ToList();
            if (widths.Count < max) throw Error(widthsNode, "dense.widths", $"{widths.Count} per-layer lists for up to {max} layers; give one list per layer or one shared list");
        }
        else
        {
            widths = [Distinct(widthsNode, "dense.widths", IntList(widthsNode, "dense.widths", 1))];
        }
        return new DenseStackSpace(min, max, widths);
    }

    private ConvBlockSpace ReadBlocks(YamlMappingNode map)
    {
        CheckKeys(map, "blocks", BlockKeys);
        var (min, max) = Range(Required(map, "count", "blocks"), "blocks.count", 1);
        var filtersNode = Required(map, "filters", "blocks");
        var kernelsNode = Required(map, "kernel_sizes", "blocks");
        var filters = Distinct(filtersNode, "blocks.filters", IntList(filtersNode, "blocks.filters", 1));
        var kernels = Distinct(kernelsNode, "blocks.kernel_sizes", IntList(kernelsNode, "blocks.kernel_sizes", 1));
        var pooling = Optional(map, "pooling") is { } pn
            ? Distinct(pn, "blocks.pooling", StringList(pn, "blocks.pooling").Select(p => PoolChoice.TryParse(p)
                ?? throw Error(pn, "blocks.pooling", $"'{p}' is not a pooling choice (none, maxN or avgN with N from 2 to 64)")).ToList())
            : [PoolChoice.None];
        return new ConvBlockSpace(min, max, filters, kernels, pooling);
    }

    private List<PrecisionChoice> ReadPrecisions(YamlMappingNode hw, YamlNode hwNode)
    {
        var listed = Optional(hw, "precisions");
        var bits = Optional(hw, "bits");
        if (listed is not null && bits is not null) throw Error(bits, "hardware.bits", "give either precisions or bits, not both");
        if (listed is not null)
        {
            var result = new List<PrecisionChoice>();
            foreach (var text in StringList(listed, "hardware.precisions"))
            {
                if (!FixedType.TryParse(text, out var type) || type.IsInteger) throw Error(listed, "hardware.precisions", $"'{text}' is not an ap_fixed type (e.g. ap_fixed<16,6>)");
                result.Add(new PrecisionChoice(type.ToString(), type, null));
            }
            return Distinct(listed, "hardware.precisions", result);
        }
        if (bits is null) throw Error(hwNode, "hardware", "needs precisions (a list of ap_fixed types) or bits (weights and activations)");
        var map = Mapping(bits, "hardware.bits");
        CheckKeys(map, "hardware.bits", BitsKeys);
        var wNode = Required(map, "weights", "hardware.bits");
        var aNode = Required(map, "activations", "hardware.bits");
        var wBits = Distinct(wNode, "hardware.bits.weights", IntList(wNode, "hardware.bits.weights", 2));
        var aBits = Distinct(aNode, "hardware.bits.activations", IntList(aNode, "hardware.bits.activations", 2));
        var wInt = Optional(map, "weight_integer_bits") is { } wi ? Int(wi, "hardware.bits.weight_integer_bits", 0) : 1;
        var aInt = Optional(map, "activation_integer_bits") is { } ai ? Int(ai, "hardware.bits.activation_integer_bits", 0) : 6;
        var choices = new List<PrecisionChoice>();
        foreach (var w in wBits)
        {
            foreach (var a in aBits)
            {
                if (w > FixedType.MaxFixedWidth || a > FixedType.MaxFixedWidth) throw Error(bits, "hardware.bits", $"widths above {FixedType.MaxFixedWidth} bits are not ap_fixed types");
                var weight = FixedType.Parse($"ap_fixed<{w},{Math.Min(wInt, w)}>");
                var act = FixedType.Parse($"ap_fixed<{a},{Math.Min(aInt, a)}>");
                choices.Add(new PrecisionChoice(FormattableString.Invariant($"w{w}a{a}"), act, weight));
            }
        }
        return choices;
    }

    private (int Min, int Max) Range(YamlNode node, string path, int min)
    {
        if (node is YamlScalarNode) { var v = Int(node, path, min); return (v, v); }
        var list = IntList(node, path, min);
        if (list.Count != 2 || list[0] > list[1]) throw Error(node, path, "expected a number or [min, max] with min <= max");
        if (list[1] > 16) throw Error(node, path, $"{list[1]} is more than 16 layers or blocks");
        return (list[0], list[1]);
    }

    private List<T> Distinct<T>(YamlNode node, string path, List<T> values)
    {
        if (values.Count == 0) throw Error(node, path, "the list is empty");
        var seen = new HashSet<T>();
        foreach (var v in values)
        {
            if (!seen.Add(v)) throw Error(node, path, $"'{v}' is listed twice");
        }
        return values;
    }

    private string OneOf(YamlNode node, string path, string[] allowed, string? value = null)
    {
        var v = (value ?? Scalar(node, path)).Trim().ToLowerInvariant();
        return allowed.Contains(v) ? v : throw Error(node, path, $"'{v}' is not one of {string.Join(", ", allowed)}");
    }

    private List<int> IntList(YamlNode node, string path, int min)
    {
        if (node is not YamlSequenceNode seq) throw Error(node, path, "expected a list of whole numbers");
        return seq.Children.Select(c => Int(c, path, min)).ToList();
    }

    private List<string> StringList(YamlNode node, string path)
    {
        if (node is YamlScalarNode) return [Scalar(node, path)];
        if (node is not YamlSequenceNode seq) throw Error(node, path, "expected a list");
        return seq.Children.Select(c => Scalar(c, path)).ToList();
    }

    private int Int(YamlNode node, string path, int min)
    {
        var text = Scalar(node, path);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) throw Error(node, path, $"'{text}' is not a whole number");
        if (v < min) throw Error(node, path, $"{v} must be at least {min}");
        if (v > 1_000_000) throw Error(node, path, $"{v} is too large");
        return v;
    }

    private string Scalar(YamlNode node, string path) =>
        node is YamlScalarNode { Value: { Length: > 0 } v } ? v : throw Error(node, path, "expected a single value");

    private YamlMappingNode Mapping(YamlNode node, string path) =>
        node as YamlMappingNode ?? throw Error(node, path, "expected a mapping of keys");

    private static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private YamlNode Required(YamlMappingNode map, string key, string section) =>
        Optional(map, key) ?? throw Error(map, section == "(top level)" ? key : $"{section}.{key}", "is required");

    private void CheckKeys(YamlMappingNode map, string section, string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var k = key is YamlScalarNode s ? s.Value ?? "" : "";
            if (!known.Contains(k)) throw Error(key, section, $"unknown key '{k}' (known: {string.Join(", ", known)})");
        }
    }

    private ConfigException Error(YamlNode node, string path, string problem) => new($"{_source}:{node.Start.Line}: {path}: {problem}");
}
