using System.Collections.Concurrent;
using System.Globalization;
using HandlebarsDotNet;

namespace Hls4Net.Backends.Cpp.Templates;

/// <summary>
/// Renders Handlebars templates (*.hbs) found through a <see cref="TemplateFolders"/> search path (overlay folders
/// first), with no HTML escaping, strict bindings (a missing property is an error, never an empty string) and the
/// invariant culture. Templates are compiled once per renderer instance. Models' properties are read by
/// <see cref="PropertyModelDescriptorProvider"/>, which also works in the Native AOT build.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly IHandlebars _handlebars;
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _cache = new();
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<TextWriter, object, object>> _writerCache = new();

    /// <param name="folders">Where templates are looked up, first folder first.</param>
    public TemplateRenderer(TemplateFolders folders)
    {
        Folders = folders;
        var configuration = new HandlebarsConfiguration
        {
            NoEscape = true,
            ThrowOnUnresolvedBindingExpression = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        configuration.ObjectDescriptorProviders.Add(new PropertyModelDescriptorProvider());
        _handlebars = Handlebars.Create(configuration);
    }

    /// <summary>The search path templates come from.</summary>
    public TemplateFolders Folders { get; }

    /// <summary>Render <paramref name="relativePath"/> (relative to the template folders, e.g. "layers/dense_config.hbs").</summary>
    public string Render(string relativePath, object model)
    {
        var template = _cache.GetOrAdd(relativePath, p => _handlebars.Compile(File.ReadAllText(Folders.Find(p))));
        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            throw new InvalidOperationException($"template '{relativePath}' failed: {e.Message}", e);
        }
    }

    /// <summary>
    /// Render <paramref name="relativePath"/> straight into <paramref name="output"/> (the same text as
    /// <see cref="Render(string, object)"/>, without holding it as one string).
    /// </summary>
    public void Render(string relativePath, object model, TextWriter output)
    {
        var template = _writerCache.GetOrAdd(relativePath, p =>
        {
            using var reader = new StringReader(File.ReadAllText(Folders.Find(p)));
            return _handlebars.Compile(reader);
        });
        try
        {
            template(output, model);
        }
        catch (HandlebarsException e)
        {
            throw new InvalidOperationException($"template '{relativePath}' failed: {e.Message}", e);
        }
    }
}
