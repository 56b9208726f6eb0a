using Google.Protobuf;
using Hls4Net.Core.Ir;
using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// Imports an ONNX model of dense layers into the IR. Shapes exclude the batch axis; constants fold into the ops.
/// Every problem (bad file, unsupported op or attribute) is a <see cref="ModelLoadException"/> with one readable line.
/// </summary>
public sealed class OnnxImporter
{
    private readonly OnnxMapperSet _mappers;

    /// <summary>An importer with the default mappers.</summary>
    public OnnxImporter()
        : this(OnnxMapperSet.CreateDefault())
    {
    }

    /// <summary>An importer with <paramref name="mappers"/> (e.g. extra domains).</summary>
    internal OnnxImporter(OnnxMapperSet mappers) => _mappers = mappers;

    /// <summary>Import the .onnx file at <paramref name="path"/>; messages name the file.</summary>
    public Graph Import(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException($"cannot read ONNX model '{path}': {ex.Message}", ex);
        }
        return Import(bytes, Path.GetFileName(path));
    }

    /// <summary>Import a serialized ModelProto; <paramref name="modelName"/> (e.g. the file name) is used in messages and as graph name.</summary>
    public Graph Import(byte[] bytes, string modelName)
    {
        ModelProto model;
        try
        {
            model = ModelProto.Parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new ModelLoadException($"'{modelName}' is not a valid ONNX model (truncated or corrupt file: {ex.Message})", ex);
        }
        if (model.Graph is null || (model.OpsetImport.Count == 0 && model.IrVersion == 0))
        {
            throw new ModelLoadException($"'{modelName}' is not a valid ONNX model (no graph or version information found)");
        }
        return new OnnxGraphBuilder(_mappers, modelName).Build(model);
    }
}
