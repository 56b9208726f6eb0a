using Hls4Net.Backends.Cpp.Templates;

namespace Hls4Net.Backends.Cpp.Tests.Templates;

/// <summary>
/// Template models (anonymous types and records) are read through <see cref="PropertyModelDescriptorProvider"/>, which the
/// Native AOT build needs; the rendered text is checked by hand here, the whole projects by GoldenProjectHashTests.
/// </summary>
public sealed class TemplateRendererModelTests
{
    public sealed record Port(string Name, int Size);

    [Fact]
    public void Renders_anonymous_and_record_properties_of_every_kind()
    {
        using var s = new Scratch();
        s.Write("own/t.hbs", "{{name}} n={{n}} x={{x}} big={{big}}{{#if on}} on{{/if}}{{#if off}} off{{/if}}:{{#each ports}} {{Name}}[{{Size}}]{{#unless @last}},{{/unless}}{{/each}}{{#each words}} {{this}}{{/each}}");
        var renderer = new TemplateRenderer(new TemplateFolders([Path.Combine(s.Root, "own")]));
        var text = renderer.Render("t.hbs", new
        {
            name = "layer2", n = 16, x = 0.5, big = 1L << 40, on = true, off = false,
            ports = new[] { new Port("in", 64), new Port("out", 5) }, words = new List<string> { "a", "b" },
        });
        Assert.Equal("layer2 n=16 x=0.5 big=1099511627776 on: in[64], out[5] a b", text);
    }

    [Fact]
    public void A_missing_property_is_an_error_naming_it()
    {
        using var s = new Scratch();
        s.Write("own/t.hbs", "{{configName}}");
        var renderer = new TemplateRenderer(new TemplateFolders([Path.Combine(s.Root, "own")]));
        var e = Assert.ThrowsAny<Exception>(() => renderer.Render("t.hbs", new { other = 1 }));
        Assert.Contains("configName is undefined", e.Message);
    }

    [Fact]
    public void The_provider_describes_models_and_leaves_strings_and_collections_to_handlebars()
    {
        var provider = new PropertyModelDescriptorProvider();
        Assert.True(provider.TryGetDescriptor(new { a = 1 }.GetType(), out _));
        Assert.True(provider.TryGetDescriptor(typeof(Port), out _));
        Assert.False(provider.TryGetDescriptor(typeof(string), out _));
        Assert.False(provider.TryGetDescriptor(typeof(int), out _));
        Assert.False(provider.TryGetDescriptor(typeof(List<Port>), out _));
    }
}
