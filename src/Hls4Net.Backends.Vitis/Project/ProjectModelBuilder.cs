using System.Globalization;
using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Backends.Cpp.Output;
using Hls4Net.Backends.Cpp.Templates;
using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Config;
using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Project;

/// <summary>
/// Builds the <see cref="ProjectModel"/>: names every port and layer (hls4ml numbering: graph inputs are
/// layers 1..k, nodes follow), runs the layer emitters in topological order and checks their output.
/// </summary>
public sealed class ProjectModelBuilder
{
    private static readonly System.Text.RegularExpressions.Regex TclSafe = new(@"^[A-Za-z0-9_.\-]+$");
    private static readonly System.Text.RegularExpressions.Regex Uncertainty = new(@"^[0-9]+(\.[0-9]+)?%?$");

    private readonly OpHandlerSet<ILayerEmitter> _emitters;
    private readonly TemplateRenderer _renderer;

    public ProjectModelBuilder(OpHandlerSet<ILayerEmitter> emitters, TemplateRenderer renderer)
    {
        _emitters = emitters;
        _renderer = renderer;
    }

    /// <summary>Build the model; throws <see cref="GraphException"/> or <see cref="VitisBackendException"/> with one readable line.</summary>
    public ProjectModel Build(Graph graph, ProjectConfig config)
    {
        Validate(graph, config);
        var names = new IdentifierSanitizer();
        names.Reserve(config.ProjectName);
        var vars = new Dictionary<Value, (string Var, string Type)>(ReferenceEqualityComparer.Instance);
        var sizes = new List<NamedValueModel>();
        var typedefs = new TypedefTable();
        var stream = config.IoType == IoType.IoStream;
        var wiring = new StreamWiring(graph);
        var inputClones = new List<string>();
        string Spell(FixedType t, Shape s) => stream ? StreamPacking.ElementType(t.ToString(), s) : t.ToString();

        var inputs = new List<PortModel>();
        for (var k = 0; k < graph.Inputs.Count; k++)
        {
            var v = graph.Inputs[k];
            var type = v.Type ?? throw new GraphException($"graph input '{v.Name}' has no precision assigned (run the precision pass first)");
            var port = new PortModel(k + 1, names.Sanitize(v.Name), k == 0 ? "input_t" : $"input{k + 1}_t", $"N_INPUT_{k + 1}", v.Shape.Size,
                Comment.Text($"{v.Name} [{v.Shape}]")) { PackSize = StreamPacking.PackSize(v.Shape), Elements = StreamPacking.Elements(v.Shape) };
            inputs.Add(port);
            vars[v] = (port.Var, port.TypeName);
            sizes.Add(new NamedValueModel(port.SizeMacro, Int(port.Size)));
            typedefs.Add(port.TypeName, Spell(type, v.Shape), $"graph input '{v.Name}'");
            if (stream)
            {
                var clone = wiring.Produce(v, port.Var, port.TypeName, declare: false, direct: false, $"input{k + 1}", port.Description);
                if (clone.Length > 0) inputClones.Add("    " + clone);
            }
        }

        var directOutputs = DirectOutputs(graph);
        var layers = new List<LayerModel>();
        var configs = new List<string>();
        var includes = new SortedSet<string>(StringComparer.Ordinal);
        if (stream) includes.Add("nnet_stream.h");
        var weights = new List<WeightHeaderModel>();
        var weightNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            var node = graph.Nodes[i];
            var index = graph.Inputs.Count + i + 1;
            var type = node.Output.Type ?? throw new GraphException($"node '{node.Name}': output precision not assigned (run the precision pass first)");
            var id = names.Sanitize(node.Name);
            var layerType = $"layer{index}_t";
            var var = $"layer{index}_out";
            var isLocal = !directOutputs.TryGetValue(node.Output, out var outputNumber);
            var typeName = isLocal ? layerType : ResultTypeName(outputNumber);
            sizes.Add(new NamedValueModel($"N_LAYER_{index}", Int(node.Output.Shape.Size)));
            typedefs.Add(layerType, Spell(type, node.Output.Shape), $"node '{node.Name}'");
            vars[node.Output] = (var, typeName);
            var context = new LayerEmitContext
            {
                Node = node,
                Index = index,
                Id = id,
                InputTypeNames = node.Inputs.Select(v => vars[v].Type).ToList(),
                InputVars = node.Inputs.Select(v => stream ? wiring.Take(v, node) : vars[v].Var).ToList(),
                OutputTypeName = typeName,
                OutputVar = var,
                Config = config,
                Renderer = _renderer,
            };
            var code = _emitters.Get(node).Emit(context);
            var callText = code.Call;
            if (stream)
            {
                if (!code.SupportsStream)
                {
                    throw new VitisBackendException($"layer '{node.Name}' ({node.Op.Kind}) is not supported with io_stream yet; use io_parallel");
                }
                var clone = wiring.Produce(node.Output, var, typeName, declare: isLocal, direct: !isLocal, var, Comment.Text($"{node.Name} [{node.Output.Shape}]"));
                if (clone.Length > 0) callText = callText.TrimEnd('\n') + "\n" + clone;
            }
            foreach (var td in code.TypeDefinitions) typedefs.Add(td.Name, td.Type, $"node '{node.Name}'");
            foreach (var inc in code.Includes) includes.Add(CheckInclude(node, inc));
            foreach (var w in code.Weights)
            {
                if (!IdentifierSanitizer.IsPlainIdentifier(w.Name) || !weightNames.Add(w.Name))
                {
                    throw new VitisBackendException($"node '{node.Name}': weight array name '{w.Name}' is not a valid unique C++ identifier");
                }
                weights.Add(WeightHeaderWriter.Model(w));
            }
            if (code.Config.Length > 0) configs.Add(Text.Normalize(code.Config).TrimEnd('\n'));
            layers.Add(new LayerModel(index, id, Comment.Text($"{node.Name}: {node.Op.Describe()} -> [{node.Output.Shape}] {type}"),
                layerType, var, $"N_LAYER_{index}", node.Output.Shape.Size, isLocal, Text.Indent(Text.Normalize(callText).TrimEnd('\n'), "    ")));
        }

        var outputs = new List<PortModel>();
        var copies = new List<OutputCopyModel>();
        for (var k = 0; k < graph.Outputs.Count; k++)
        {
            var v = graph.Outputs[k];
            var type = v.Type ?? throw new GraphException($"graph output '{v.Name}' has no precision assigned");
            var direct = directOutputs.TryGetValue(v, out var n) && n == k + 1;
            var portVar = direct ? vars[v].Var : $"output_{k + 1}";
            var port = new PortModel(k + 1, portVar, ResultTypeName(k + 1), $"N_OUTPUT_{k + 1}", v.Shape.Size, Comment.Text($"{v.Name} [{v.Shape}]"))
            {
                PackSize = StreamPacking.PackSize(v.Shape),
                Elements = StreamPacking.Elements(v.Shape),
                Exact = ExactOutput.Needed(type),
                FracBits = type.FracBits,
                Signed = type.Signed ? "true" : "false",
            };
            if (!direct && !stream) copies.Add(new OutputCopyModel(port.Var, vars[v].Var, port.SizeMacro));
            outputs.Add(port);
            sizes.Add(new NamedValueModel(port.SizeMacro, Int(port.Size)));
            typedefs.Add(port.TypeName, Spell(type, v.Shape), $"graph output '{v.Name}'");
        }

        return new ProjectModel
        {
            ProjectName = config.ProjectName,
            ProjectGuard = config.ProjectName.ToUpperInvariant(),
            Part = config.Part,
            ClockPeriod = config.ClockPeriod.ToString("R", CultureInfo.InvariantCulture),
            ClockUncertainty = config.ClockUncertainty?.Trim() ?? "",
            IoType = config.IoType == IoType.IoParallel ? "io_parallel" : "io_stream",
            GraphName = Comment.Text(graph.Name),
            Inputs = inputs,
            Outputs = outputs,
            Layers = layers,
            OutputCopies = copies,
            SizeMacros = sizes,
            Typedefs = typedefs.Entries,
            Includes = includes.ToList(),
            IsStream = stream,
            Fifos = wiring.Fifos,
            InputClones = inputClones,
            Weights = weights,
            Configs = configs,
        };
    }

    private static string ResultTypeName(int number) => number == 1 ? "result_t" : $"result{number}_t";

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>Node outputs that can be written straight into their port: graph output exactly once, read by no node.</summary>
    private static Dictionary<Value, int> DirectOutputs(Graph graph)
    {
        var result = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < graph.Outputs.Count; k++)
        {
            var v = graph.Outputs[k];
            var once = graph.Outputs.Count(o => ReferenceEquals(o, v)) == 1;
            if (v.Producer is not null && once && !graph.Consumers(v).Any()) result[v] = k + 1;
        }
        return result;
    }

    private string CheckInclude(Node node, string include)
    {
        var file = Path.GetFileName(include);
        if (file != include || !_renderer.Folders.Exists("nnet_utils/" + file))
        {
            throw new VitisBackendException($"node '{node.Name}': kernel header '{include}' is not in templates/vitis/nnet_utils");
        }
        return file;
    }

    private static void Validate(Graph graph, ProjectConfig config)
    {
        if (config.IoType != IoType.IoParallel && config.IoType != IoType.IoStream)
        {
            throw new VitisBackendException($"IOType {config.IoType} is not supported by the Vitis backend; use io_parallel or io_stream");
        }
        if (!IdentifierSanitizer.IsValidIdentifier(config.ProjectName))
        {
            throw new VitisBackendException($"ProjectName '{config.ProjectName}' must be a valid C++ identifier (letters, digits, '_'; not a keyword), e.g. 'myproject'");
        }
        if (!double.IsFinite(config.ClockPeriod) || config.ClockPeriod <= 0)
        {
            throw new VitisBackendException($"ClockPeriod {config.ClockPeriod.ToString(CultureInfo.InvariantCulture)} must be a positive number of ns");
        }
        if (!TclSafe.IsMatch(config.Part))
        {
            throw new VitisBackendException($"Part '{config.Part}' is not a valid part name (letters, digits, '-', '_', '.')");
        }
        if (config.ClockUncertainty is { } u && !Uncertainty.IsMatch(u.Trim()))
        {
            throw new VitisBackendException($"ClockUncertainty '{u}' must be a number of ns or a percentage, e.g. 0.5 or 12.5%");
        }
        if (graph.Inputs.Count == 0) throw new GraphException($"graph '{graph.Name}' has no inputs");
        var errors = new GraphVerifier().Check(graph);
        if (errors.Count > 0) throw new GraphException($"graph '{graph.Name}' is invalid: {errors[0]}");
    }
}
