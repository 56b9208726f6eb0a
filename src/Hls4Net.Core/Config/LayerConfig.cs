using System.Diagnostics.CodeAnalysis;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Config;

/// <summary>
/// One section of <c>HLSConfig</c> (<c>Model</c>, a <c>LayerType</c> entry or a <c>LayerName</c> entry).
/// Every setting is optional: an unset value falls through to the next level (LayerName &gt; LayerType &gt; Model &gt; built-in).
/// </summary>
public sealed class LayerConfig
{
    public LayerConfig(string path) => Path = path;

    /// <summary>Where the section lives, for messages, e.g. <c>HLSConfig.LayerName.fc1</c>.</summary>
    public string Path { get; }

    /// <summary>Precision per slot (sorted in hls4ml's key order); a null value means <c>auto</c> (infer / leave to the next level).</summary>
    public SortedDictionary<PrecisionSlot, FixedType?> Precision { get; } = new();

    public int? ReuseFactor { get; set; }

    /// <summary>
    /// Settings of this section that came from somewhere else than its YAML, keyed by setting name, with where they came
    /// from (e.g. <c>ReuseFactor</c> → <c>--reuse-factor</c>), so that messages blame the right place.
    /// </summary>
    public SortedDictionary<string, string> Origins { get; } = new(StringComparer.Ordinal);

    public Strategy? Strategy { get; set; }

    /// <summary><c>Semantics</c> (hls4ml or exact) for the layers this section covers; null falls through to the top-level key.</summary>
    public ArithmeticSemantics? Semantics { get; set; }

    public int? TableSize { get; set; }

    public bool? Trace { get; set; }

    /// <summary>hls4ml's softmax <c>Implementation</c> (latency, stable, argmax, legacy), as written.</summary>
    public string? Implementation { get; set; }

    /// <summary>hls4ml's <c>Skip</c>: drop a softmax layer, so the model outputs its input (the logits).</summary>
    public bool? Skip { get; set; }

    /// <summary>hls4ml's <c>ParallelizationFactor</c>: output pixels of an io_parallel convolution computed at once.</summary>
    public int? ParallelizationFactor { get; set; }

    /// <summary>hls4ml's <c>Compression</c>: sparse (zero-skipping) weight storage for Dense layers.</summary>
    public bool? Compression { get; set; }

    /// <summary>
    /// hls4ml's <c>static</c> for recurrent layers: one step instance reused by every step (true, hls4ml's default) or
    /// one per step (false). A scheduling choice: the bits are the same.
    /// </summary>
    public bool? Static { get; set; }

    /// <summary>hls4ml's <c>ConvImplementation</c> for io_stream convolutions (LineBuffer or Encoded), as written.</summary>
    public string? ConvImplementation { get; set; }

    /// <summary>Known hls4ml keys that change nothing in Hls4Net (see <see cref="UnappliedKeys"/>), kept as scalar text so the effective config keeps them.</summary>
    public SortedDictionary<string, string> PassThrough { get; } = new(StringComparer.Ordinal);

    /// <summary>The concrete type set for <paramref name="slot"/> in this section (false when unset or <c>auto</c>).</summary>
    public bool TryGetPrecision(PrecisionSlot slot, [NotNullWhen(true)] out FixedType? type)
    {
        type = Precision.TryGetValue(slot, out var t) ? t : null;
        return type is not null;
    }

    /// <summary>Set a single precision for the whole section, as <c>Precision: ap_fixed&lt;W,I&gt;</c> does.</summary>
    public void SetDefaultPrecision(FixedType? type)
    {
        foreach (var v in Precision.Keys.Where(k => !k.IsTable).ToList()) Precision.Remove(v);
        Precision[PrecisionSlot.Default] = type;
    }
}
