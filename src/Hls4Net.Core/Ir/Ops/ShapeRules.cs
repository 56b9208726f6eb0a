namespace Hls4Net.Core.Ir.Ops;

/// <summary>Small shared checks for shape inference.</summary>
internal static class ShapeRules
{
    public static void ExpectInputs(Op op, IReadOnlyList<Shape> inputs, int count)
    {
        if (inputs.Count != count) throw new GraphException($"{op.Kind} expects {count} input(s), got {inputs.Count}");
    }

    public static Shape SameAsSingleInput(Op op, IReadOnlyList<Shape> inputs)
    {
        ExpectInputs(op, inputs, 1);
        return inputs[0];
    }
}
