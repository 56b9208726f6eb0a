using Hls4Net.Backends.Cpp.Templates;
using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Config;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>The emit context the layer drivers give the real emitters for one generated case.</summary>
internal static class LayerCaseContext
{
    /// <summary>Types in{i}_t/res_t, variables x{i}/r, ids layer{Id}, in the given <paramref name="config"/>.</summary>
    public static LayerEmitContext For(LayerCase c, TemplateRenderer renderer, ProjectConfig config) => new()
    {
        Node = c.Node,
        Index = c.Id,
        Id = $"layer{c.Id}",
        InputTypeNames = c.Node.Inputs.Select((_, i) => $"in{i}_t").ToList(),
        InputVars = c.Node.Inputs.Select((_, i) => $"x{i}").ToList(),
        OutputTypeName = "res_t",
        OutputVar = "r",
        Config = config,
        Renderer = renderer,
    };
}
