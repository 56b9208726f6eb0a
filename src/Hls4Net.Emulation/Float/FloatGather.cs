using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Shared walk of the float data-movement kernels: for every output element (row-major over the output shape) a
/// source function maps its coordinates to input coordinates, or says it is a zero.
/// </summary>
internal static class FloatGather
{
    /// <summary>
    /// Copy input values into the output shape of <paramref name="node"/>. <paramref name="source"/> gets the output
    /// coordinates and writes the input coordinates into its second argument; it returns false for a zero.
    /// </summary>
    public static double[] Run(Node node, double[] input, int batch, Func<int[], int[], bool> source)
    {
        var inShape = node.Inputs[0].Shape;
        var outShape = node.Output.Shape;
        int inSize = inShape.Size, outSize = outShape.Size;
        var outCoord = new int[outShape.Rank];
        var inCoord = new int[inShape.Rank];
        var map = new int[outSize];
        for (var i = 0; i < outSize; i++)
        {
            var rest = i;
            for (var a = outShape.Rank - 1; a >= 0; a--)
            {
                outCoord[a] = rest % outShape[a];
                rest /= outShape[a];
            }
            if (!source(outCoord, inCoord))
            {
                map[i] = -1;
                continue;
            }
            var j = 0;
            for (var a = 0; a < inShape.Rank; a++)
            {
                if (inCoord[a] < 0 || inCoord[a] >= inShape[a])
                {
                    throw new InvalidOperationException($"node '{node.Name}': output element {i} reads outside the input {inShape}");
                }
                j = j * inShape[a] + inCoord[a];
            }
            map[i] = j;
        }
        var y = new double[batch * outSize];
        for (var s = 0; s < batch; s++)
        {
            for (var i = 0; i < outSize; i++)
            {
                if (map[i] >= 0) y[s * outSize + i] = input[s * inSize + map[i]];
            }
        }
        return y;
    }
}
