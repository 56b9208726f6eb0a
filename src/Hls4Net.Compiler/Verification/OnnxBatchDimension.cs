using Google.Protobuf;
using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Verification;

/// <summary>
/// Some exports (e.g. older PyTorch ones) fix the batch dimension to the training-set size. ONNX Runtime then
/// rejects any other batch, so the model's inputs, outputs and value_info with that leading size get a symbolic one.
/// </summary>
public static class OnnxBatchDimension
{
    /// <summary>The model bytes with a fixed leading dimension (greater than 1) of the first input made symbolic; unchanged otherwise.</summary>
    public static byte[] MakeDynamic(byte[] model)
    {
        var proto = ModelProto.Parser.ParseFrom(model);
        var graph = proto.Graph;
        var initializers = graph.Initializer.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var input = graph.Input.FirstOrDefault(i => !initializers.Contains(i.Name));
        var batch = Leading(input);
        if (batch is null || batch.DimValue <= 1) return model;
        var fixedSize = batch.DimValue;
        foreach (var info in graph.Input.Where(i => !initializers.Contains(i.Name)).Concat(graph.Output).Concat(graph.ValueInfo))
        {
            if (Leading(info) is { } d && d.DimValue == fixedSize) d.DimParam = "batch";
        }
        return proto.ToByteArray();
    }

    private static TensorShapeProto.Types.Dimension? Leading(ValueInfoProto? info) =>
        info?.Type?.TensorType?.Shape is { Dim.Count: > 0 } shape && shape.Dim[0].ValueCase == TensorShapeProto.Types.Dimension.ValueOneofCase.DimValue ? shape.Dim[0] : null;
}
