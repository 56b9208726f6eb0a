using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>Test-only emitter: a typedef, a config struct, a weight array and an inline loop as the call.</summary>
public sealed class TestAddBiasEmitter : ILayerEmitter
{
    public static readonly FixedType BiasType = new(8, 3, true);

    public Type OpType => typeof(TestAddBiasOp);

    public LayerCode Emit(LayerEmitContext context)
    {
        var op = (TestAddBiasOp)context.Node.Op;
        var typeName = $"{context.Id}_bias_t";
        var biasName = $"{context.Id}_b";
        var config = $"config{context.Index}";
        return new LayerCode
        {
            TypeDefinitions = [new TypeDefinition(typeName, BiasType)],
            Config = $"struct {config} {{\n    static const unsigned n = {op.Bias.Length};\n}};",
            Call = $"for (unsigned i = 0; i < {config}::n; i++) {{\n    {context.OutputVar}[i] = {context.InputVars[0]}[i] + {biasName}[i];\n}}",
            Weights = [new WeightArray(biasName, typeName, BiasType, op.Bias.Select(b => FixedMath.FromDouble(b, BiasType)).ToArray())],
        };
    }
}
