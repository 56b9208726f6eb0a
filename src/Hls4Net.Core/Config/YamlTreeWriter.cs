using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hls4Net.Core.Config;

/// <summary>
/// Writes a tree of string-keyed dictionaries (in their enumeration order), strings, booleans and numbers as block
/// YAML through YamlDotNet's emitter: the text YamlDotNet's reflection serializer wrote for the same tree (plain
/// scalars where the emitter allows them, numbers in the invariant culture's shortest form, booleans as
/// <c>true</c>/<c>false</c>, NaN and infinities as <c>.nan</c>/<c>.inf</c>), without reflection, so the Native AOT build writes the same <c>hls4ml_config.yml</c>.
/// </summary>
public static class YamlTreeWriter
{
    /// <summary>The YAML text of <paramref name="root"/>.</summary>
    /// <exception cref="ArgumentException">A value is not a dictionary, string, boolean or number.</exception>
    public static string Write(IEnumerable<KeyValuePair<string, object>> root)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Mapping(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Mapping(IEmitter emitter, IEnumerable<KeyValuePair<string, object>> map)
    {
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Any));
        foreach (var (key, value) in map)
        {
            Scalar(emitter, key);
            Value(emitter, key, value);
        }
        emitter.Emit(new MappingEnd());
    }

    private static void Value(IEmitter emitter, string key, object value)
    {
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object>> map: Mapping(emitter, map); break;
            case string s: Scalar(emitter, s); break;
            case bool b: Scalar(emitter, b ? "true" : "false"); break;
            case double d when double.IsNaN(d): Scalar(emitter, ".nan"); break;
            case double d when double.IsInfinity(d): Scalar(emitter, d > 0 ? ".inf" : "-.inf"); break;
            case int or long or double: Scalar(emitter, ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)); break;
            default: throw new ArgumentException($"YAML value of '{key}' is a {value.GetType().Name}, not a map, string, boolean or number");
        }
    }

    private static void Scalar(IEmitter emitter, string text) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: true));
}
