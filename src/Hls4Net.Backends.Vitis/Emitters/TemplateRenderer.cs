using System.Collections.Concurrent;
using System.Globalization;
using HandlebarsDotNet;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Renders Handlebars templates (*.hbs) from a templates folder, with no HTML escaping, strict bindings
/// (a missing property is an error, never an empty string) and the invariant culture.
/// Templates are compiled once per renderer instance.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly IHandlebars _handlebars;
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _cache = new();

    public TemplateRenderer(TemplateLocator locator)
    {
        Locator = locator;
        _handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            NoEscape = true,
            ThrowOnUnresolvedBindingExpression = true,
            FormatProvider = CultureInfo.InvariantCulture,
        });
    }

    public TemplateLocator Locator { get; }

    /// <summary>Render <paramref name="relativePath"/> (relative to templates/vitis, e.g. "layers/dense_config.hbs").</summary>
    public string Render(string relativePath, object model)
    {
        var template = _cache.GetOrAdd(relativePath, p => _handlebars.Compile(File.ReadAllText(Locator.VitisFile(p))));
        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            throw new InvalidOperationException($"template '{relativePath}' failed: {e.Message}", e);
        }
    }
}
