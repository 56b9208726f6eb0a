namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// What an ONNX mapper is registered for: an operator set domain and an op type. The default domain is stored as
/// <c>""</c>, so <c>""</c> and <c>"ai.onnx"</c> name the same ops; other domains (e.g. <c>ai.onnx.ml</c>,
/// <c>qonnx.custom_op.general</c>) are kept as written.
/// </summary>
internal readonly record struct OnnxOpKey
{
    /// <summary>The default domain's spelled-out name.</summary>
    public const string AiOnnx = "ai.onnx";

    public OnnxOpKey(string domain, string opType)
    {
        Domain = Normalize(domain);
        OpType = opType;
    }

    /// <summary>The domain, <c>""</c> for the default one.</summary>
    public string Domain { get; }

    public string OpType { get; }

    /// <summary>True for the default domain (<c>""</c> or <c>ai.onnx</c>).</summary>
    public bool IsDefaultDomain => Domain.Length == 0;

    /// <summary><c>""</c> for the default domain, else the domain as written.</summary>
    public static string Normalize(string domain) => domain is AiOnnx ? "" : domain;

    /// <summary>The op in the default domain.</summary>
    public static OnnxOpKey Default(string opType) => new("", opType);

    public override string ToString() => IsDefaultDomain ? OpType : $"{Domain}.{OpType}";
}
