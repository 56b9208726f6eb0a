using System.Text;
using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Backends.Cpp.Templates;
using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation;
using Hls4Net.Ops;

namespace Hls4Net.Backends.Vitis.Tests.Kernels;

/// <summary>
/// The C++ our emitters write (typedefs, weight initializers, config struct and call, rendered from the .hbs
/// templates) compiles with -Wall -Wextra -Werror and computes the emulator's bits, for random layers of every kind
/// the Dense, BatchNorm, Activation, PReLU and Reshape emitters handle.
/// </summary>
public sealed class EmittedLayerTests
{
    private const int Samples = 100;

    [Fact]
    public void EmittedLayersMatchTheEmulator()
    {
        var gen = new KernelCaseGenerator(777);
        var nodes = new List<Node>();
        var id = 0;
        for (var k = 0; k < 8; k++) nodes.Add(gen.Dense(id++).Node);
        for (var k = 0; k < 3; k++) nodes.Add(gen.BatchNorm(id++).Node);
        foreach (var kind in new[] { ActivationKind.Linear, ActivationKind.Relu, ActivationKind.LeakyRelu, ActivationKind.ThresholdedRelu,
                     ActivationKind.BoundedRelu, ActivationKind.HardSigmoid, ActivationKind.BinaryTanh, ActivationKind.TernaryTanh })
        {
            nodes.Add(gen.Activation(id++, kind).Node);
        }
        for (var k = 0; k < 2; k++) nodes.Add(gen.PRelu(id++).Node);
        for (var k = 0; k < 2; k++) nodes.Add(gen.Flatten(id++).Node);
        // A Dense on a rank-2 input (row loop in the call), Resource strategy.
        var rank2 = gen.Dense(id++).Node;
        var d = (DenseOp)rank2.Op;
        var input = new Value("x", new Shape(3, d.InputSize)) { Type = rank2.Inputs[0].Type };
        var multi = new Node("rows", d, [input], new Value("y", d.InferShape([input.Shape])) { Type = rank2.Output.Type })
        {
            Precision = rank2.Precision,
        };
        nodes.Add(multi);
        var rng = new Random(3);
        foreach (var n in nodes.Where(n => n.Op is DenseOp))
        {
            n.Hardware = new LayerHardware(rng.Next(2) == 0 ? Strategy.Latency : Strategy.Resource, rng.Next(1, 7));
        }

        var renderer = new TemplateRenderer(new TemplateLocator().Folders);
        var cases = nodes.Select((n, i) => new KernelCase(i, $"{n.Op.Describe()} {n.Hardware}", n, Wrap(i, n, Emit(i, n, renderer)), 1)).ToList();
        var kernels = StandardOps.Create().Kernels();
        var rows = new List<(KernelCase Case, long[] Input)>();
        var expected = new List<long[]>();
        foreach (var c in cases)
        {
            var tx = c.Node.Inputs[0].Type!;
            var raw = new long[Samples * c.InputSize];
            for (var i = 0; i < raw.Length; i++) raw[i] = gen.RandomRaw(tx);
            var y = kernels.Resolve(c.Node).Run(c.Node, [new FixedTensor(tx, c.Node.Inputs[0].Shape, Samples, raw)], new OverflowCounter());
            for (var s = 0; s < Samples; s++)
            {
                rows.Add((c, raw.AsSpan(s * c.InputSize, c.InputSize).ToArray()));
                expected.Add(y.Sample(s).ToArray());
            }
        }
        var actual = CppKernelDriver.Run(new TemplateLocator().Root, cases, rows);
        var failures = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            var t = rows[r].Case.Node.Output.Type!;
            var got = actual[r].Select(v => t.Signed ? (v << (64 - t.Width)) >> (64 - t.Width) : v).ToArray();
            if (!got.SequenceEqual(expected[r]) && failures.Count < 10)
            {
                failures.Add($"case {rows[r].Case.Id} [{rows[r].Case.Description}]: C++ [{string.Join(",", got)}] emulator [{string.Join(",", expected[r])}]");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static LayerCode Emit(int index, Node node, TemplateRenderer renderer)
    {
        var context = new LayerEmitContext
        {
            Node = node,
            Index = index + 2,
            Id = $"layer{index}",
            InputTypeNames = ["in_t"],
            InputVars = ["x"],
            OutputTypeName = "out_t",
            OutputVar = "y",
            Config = new ProjectConfig(),
            Renderer = renderer,
        };
        ILayerEmitter emitter = node.Op switch
        {
            DenseOp => new DenseEmitter(),
            BatchNormOp => new BatchNormEmitter(),
            ActivationOp => new ActivationEmitter(),
            PReluOp => new PReluEmitter(),
            _ => new ReshapeEmitter(node.Op.GetType()),
        };
        Assert.Equal(node.Op.GetType(), emitter.OpType);
        return emitter.Emit(context);
    }

    private static string Wrap(int id, Node node, LayerCode code)
    {
        var sb = new StringBuilder();
        sb.Append($"namespace c{id} {{\ntypedef {node.Inputs[0].Type} in_t;\ntypedef {node.Output.Type} out_t;\n");
        foreach (var t in code.TypeDefinitions) sb.Append($"typedef {t.Type} {t.Name};\n");
        foreach (var w in code.Weights)
        {
            var inits = w.Raw.Select(r => CppLiteral.FixedInitializer(w.TypeName, r, w.Type.FracBits));
            sb.Append($"const {w.TypeName} {w.Name}[{w.Raw.Length}] = {{{string.Join(", ", inits)}}};\n");
        }
        sb.Append(code.Config).Append('\n');
        int nIn = node.Inputs[0].Shape.Size, nOut = node.Output.Shape.Size;
        sb.Append($"void run(const long long *in, long long *out) {{\n    in_t x[{nIn}]; load(x, in, {nIn});\n    out_t y[{nOut}];\n");
        sb.Append("    ").Append(code.Call).Append('\n');
        sb.Append($"    store(out, y, {nOut});\n}}\n}}\n");
        return sb.ToString();
    }
}
