namespace Hls4Net.Frontends.Onnx;

/// <summary>Translates one family of ONNX ops into IR nodes (or constants) in the import context.</summary>
internal interface IOnnxOpMapper
{
    /// <summary>The ONNX op types (default domain) this mapper handles.</summary>
    IReadOnlyList<string> OpTypes { get; }

    void Map(OnnxNode node, OnnxImportContext context);
}
