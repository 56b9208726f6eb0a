namespace Hls4Net.Core.Config;

/// <summary>
/// hls4ml section keys that change nothing in an Hls4Net project, each with hls4ml's default value and the reason.
/// A key at its default is a debug note (nothing is lost: Hls4Net does what the default asks); any other value is a
/// warning naming the key, its section and what Hls4Net does instead, so nothing from an hls4ml file is dropped silently.
/// </summary>
public sealed class UnappliedKeys
{
    private readonly Dictionary<string, (string? Default, string Reason)> _keys = new(StringComparer.Ordinal)
    {
        ["BramFactor"] = ("1000000000", "Vitis HLS chooses where weights live; Hls4Net emits no BRAM-placement directive for them"),
        ["TraceOutput"] = ("false", "the generated C++ has no trace hooks; use Trace: true with `hls4net verify` for per-layer outputs"),
        ["PipelineStyle"] = ("auto", "the top function is one pipeline for io_parallel and a dataflow region for io_stream"),
        ["PipelineInterval"] = (null, "the top function's initiation interval follows from the layers' reuse factors"),
        ["MergedRelu"] = ("false", "Hls4Net keeps a ReLU as its own layer"),
    };

    /// <summary>The keys this table knows.</summary>
    public IReadOnlyCollection<string> Names => _keys.Keys;

    public bool Knows(string key) => _keys.ContainsKey(key);

    /// <summary>True when <paramref name="value"/> is hls4ml's default for <paramref name="key"/> (case-insensitive).</summary>
    public bool IsDefault(string key, string? value) =>
        _keys.TryGetValue(key, out var k) && k.Default is not null && string.Equals(k.Default, value?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Why <paramref name="key"/> is not applied.</summary>
    public string Reason(string key) => _keys[key].Reason;
}
