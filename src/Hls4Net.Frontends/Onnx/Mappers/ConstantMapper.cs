using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>Constant nodes: the value becomes a named constant for later nodes; no IR node is created.</summary>
internal sealed class ConstantMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Constant"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        var a = node.Attributes;
        a.EnsureOnly("value", "value_float", "value_floats", "value_int", "value_ints");
        var name = node.OutputName;
        OnnxConstant constant;
        if (a.Tensor("value") is { } tensor) constant = new OnnxTensorReader(node.ModelName).Read(tensor, name);
        else if (a.Has("value_float")) constant = new OnnxConstant(name, [], [a.Float("value_float", 0)], DataType.Float);
        else if (a.Floats("value_floats") is { } fs) constant = new OnnxConstant(name, [fs.Length], fs, DataType.Float);
        else if (a.Has("value_int")) constant = new OnnxConstant(name, [], [a.Int("value_int", 0)], DataType.Int64);
        else if (a.Ints("value_ints") is { } ints) constant = new OnnxConstant(name, [ints.Length], ints.Select(v => (double)v).ToArray(), DataType.Int64);
        else throw node.Error("Constant node has no value attribute");
        context.SetConstant(name, constant);
    }
}
