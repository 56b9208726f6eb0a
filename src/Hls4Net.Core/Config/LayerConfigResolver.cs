using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Config;

/// <summary>
/// Resolves one layer's settings with hls4ml's precedence: LayerName &gt; LayerType &gt; Model &gt; built-in default.
/// For a precision variable v the order is: LayerName v, LayerName default, LayerType v, LayerType default,
/// the model's own quantizer (import hint), Model v, Model default, built-in. Table types never fall back to a
/// section's <c>default</c> (hls4ml keeps tables at ap_fixed&lt;18,8&gt; unless <c>table</c> is named).
/// <c>auto</c> counts as unset.
/// </summary>
public sealed class LayerConfigResolver
{
    public const string BuiltIn = "built-in default";
    public const string ModelQuantizer = "model quantizer";

    private readonly HlsConfig _hls;

    public LayerConfigResolver(HlsConfig hls) => _hls = hls;

    /// <summary>The LayerName entry, then the LayerType entries (most specific key first) that apply to a layer.</summary>
    public IReadOnlyList<LayerConfig> SpecificSections(string layerName, IReadOnlyList<string> typeKeys)
    {
        var sections = new List<LayerConfig>();
        if (_hls.FindLayer(layerName) is { } named) sections.Add(named);
        foreach (var key in typeKeys)
        {
            if (_hls.LayerType.TryGetValue(key, out var typed) && !sections.Contains(typed)) sections.Add(typed);
        }
        return sections;
    }

    /// <summary>The precision of <paramref name="variable"/> set in a LayerName/LayerType section, or null.</summary>
    public ResolvedSetting<FixedType>? ExplicitPrecision(IReadOnlyList<LayerConfig> sections, PrecisionSlot variable)
    {
        var useDefault = !variable.IsTable;
        foreach (var s in sections)
        {
            if (s.TryGetPrecision(variable, out var t)) return new(t, s.Path);
            if (useDefault && s.TryGetPrecision(PrecisionSlot.Default, out var d)) return new(d, s.Path);
        }
        return null;
    }

    /// <summary>
    /// True when the most specific section that speaks about <paramref name="variable"/> (LayerName, LayerType, then
    /// Model; by name, or through its <c>default</c> for a non-table slot) says <c>auto</c>: the type is to be inferred.
    /// </summary>
    public bool IsAuto(IReadOnlyList<LayerConfig> sections, PrecisionSlot variable)
    {
        foreach (var s in sections.Append(_hls.Model))
        {
            if (s.Precision.TryGetValue(variable, out var t)) return t is null;
            if (!variable.IsTable && s.Precision.TryGetValue(PrecisionSlot.Default, out var d)) return d is null;
        }
        return false;
    }

    /// <summary>The effective precision of <paramref name="variable"/>; <paramref name="hint"/> is the model's own type, if any.</summary>
    public ResolvedSetting<FixedType> Precision(IReadOnlyList<LayerConfig> sections, PrecisionSlot variable, FixedType? hint = null)
    {
        if (ExplicitPrecision(sections, variable) is { } found) return found;
        if (hint is not null) return new(hint, ModelQuantizer);
        return ExplicitPrecision([_hls.Model], variable) ?? new(PrecisionDefaults.For(variable), BuiltIn);
    }

    public ResolvedSetting<int> ReuseFactor(IReadOnlyList<LayerConfig> sections) => Setting(sections, s => s.ReuseFactor, 1, nameof(LayerConfig.ReuseFactor));

    public ResolvedSetting<Strategy> Strategy(IReadOnlyList<LayerConfig> sections) => Setting(sections, s => s.Strategy, Ir.Strategy.Latency, nameof(LayerConfig.Strategy));

    /// <summary>The layer's arithmetic semantics: LayerName &gt; LayerType &gt; Model &gt; the top-level <c>Semantics</c> key.</summary>
    public ResolvedSetting<ArithmeticSemantics> Semantics(IReadOnlyList<LayerConfig> sections, ArithmeticSemantics topLevel) =>
        FindValue(sections, s => s.Semantics) ?? new(topLevel, "Semantics");

    public ResolvedSetting<int> TableSize(IReadOnlyList<LayerConfig> sections) => Setting(sections, s => s.TableSize, PrecisionDefaults.TableSize, nameof(LayerConfig.TableSize));

    public ResolvedSetting<bool> Trace(IReadOnlyList<LayerConfig> sections) => Setting(sections, s => s.Trace, false, nameof(LayerConfig.Trace));

    /// <summary>The first section (specific ones, then Model) that sets a value with <paramref name="get"/>, or null.</summary>
    public ResolvedSetting<T>? Find<T>(IReadOnlyList<LayerConfig> sections, Func<LayerConfig, T?> get)
        where T : class
    {
        foreach (var s in sections.Append(_hls.Model))
        {
            if (get(s) is { } v) return new(v, s.Path);
        }
        return null;
    }

    /// <summary>As <see cref="Find{T}"/> for value types.</summary>
    public ResolvedSetting<T>? FindValue<T>(IReadOnlyList<LayerConfig> sections, Func<LayerConfig, T?> get)
        where T : struct
    {
        foreach (var s in sections.Append(_hls.Model))
        {
            if (get(s) is { } v) return new(v, s.Path);
        }
        return null;
    }

    private ResolvedSetting<T> Setting<T>(IReadOnlyList<LayerConfig> sections, Func<LayerConfig, T?> get, T builtIn, string key)
        where T : struct
    {
        foreach (var s in sections.Append(_hls.Model))
        {
            if (get(s) is { } v) return new(v, s.Origins.GetValueOrDefault(key) ?? s.Path);
        }
        return new(builtIn, BuiltIn);
    }
}
