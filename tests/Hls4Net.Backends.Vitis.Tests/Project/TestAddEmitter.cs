using Hls4Net.Backends.Vitis.Emitters;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>Test-only emitter for <see cref="TestAddOp"/>: an inline loop, no config, no weights.</summary>
public sealed class TestAddEmitter : ILayerEmitter
{
    public Type OpType => typeof(TestAddOp);

    public LayerCode Emit(LayerEmitContext context) => new()
    {
        Call = $"for (unsigned i = 0; i < {context.Node.Output.Shape.Size}; i++) {{\n    {context.OutputVar}[i] = {context.InputVars[0]}[i] + {context.InputVars[1]}[i];\n}}",
    };
}
