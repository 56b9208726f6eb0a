using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Passes;

namespace Hls4Net.Core.Tests.Passes;

/// <summary>Small helpers to build graphs and run one pass with verification.</summary>
internal static class PassTestGraphs
{
    public static ConstTensor Tensor(int[] shape, params float[] data) => new(new Shape(shape), data);

    public static Graph WithInput(int size, out Value input)
    {
        var g = new Graph("test");
        input = new Value("x", new Shape(size));
        g.Inputs.Add(input);
        return g;
    }

    public static string RunAndPrint(IGraphPass pass, Graph graph)
    {
        // Exact semantics: these tests pin Hls4Net's own rewrites (the hls4ml rules are in tests/Hls4Net.Core.Tests/Semantics).
        new Pipeline([pass]).Run(graph, new PassContext(new ProjectConfig { Semantics = Hls4Net.Core.Ir.ArithmeticSemantics.Exact }, verifyAfterEachPass: true));
        return new GraphPrinter().Print(graph);
    }
}
