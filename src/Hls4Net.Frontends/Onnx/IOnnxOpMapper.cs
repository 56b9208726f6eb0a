namespace Hls4Net.Frontends.Onnx;

/// <summary>Translates one family of ONNX ops into IR nodes (or constants) in the import context.</summary>
internal interface IOnnxOpMapper
{
    /// <summary>The operator set domain of <see cref="OpTypes"/>: <c>""</c> (the default, also spelled <c>ai.onnx</c>) unless a mapper says otherwise.</summary>
    string Domain => "";

    /// <summary>The ONNX op types (in <see cref="Domain"/>) this mapper handles.</summary>
    IReadOnlyList<string> OpTypes { get; }

    void Map(OnnxNode node, OnnxImportContext context);
}
