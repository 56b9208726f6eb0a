using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Ops;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>Builds small typed nodes and runs single kernels for the hand-computed tests.</summary>
internal static class TestNodes
{
    public static FixedType T(string s) => FixedType.Parse(s);

    public static Node Node(Op op, Shape inputShape, string inputType, string resultType)
    {
        var input = new Value("x", inputShape) { Type = T(inputType) };
        return new Node("layer", op, [input], new Value("y", op.InferShape([inputShape])) { Type = T(resultType) });
    }

    public static DenseOp Dense(float[,] w, float[] b)
    {
        int nIn = w.GetLength(0), nOut = w.GetLength(1);
        var flat = new float[nIn * nOut];
        for (var i = 0; i < nIn; i++)
            for (var j = 0; j < nOut; j++)
                flat[i * nOut + j] = w[i, j];
        return new DenseOp(new ConstTensor(new Shape(nIn, nOut), flat), new ConstTensor(new Shape(nOut), b));
    }

    /// <summary>Runs the node's kernel from the default set on raw input codes (one sample per row of <paramref name="raw"/>).</summary>
    public static FixedTensor Run(Node node, long[] raw, OverflowCounter? counter = null)
    {
        var input = node.Inputs[0];
        var batch = raw.Length / input.Shape.Size;
        return StandardOps.Create().Kernels().Resolve(node)
            .Run(node, [new FixedTensor(input.Type!, input.Shape, batch, raw)], counter ?? new OverflowCounter());
    }
}
