using Hls4Net.Frontends.Onnx.Mappers;

namespace Hls4Net.Frontends.Onnx;

/// <summary>The ONNX op mappers an importer uses, keyed by op type. Built in code; no global registry.</summary>
internal sealed class OnnxMapperSet
{
    private readonly Dictionary<string, IOnnxOpMapper> _byOpType = new(StringComparer.Ordinal);

    public OnnxMapperSet(IEnumerable<IOnnxOpMapper> mappers)
    {
        foreach (var mapper in mappers)
        {
            foreach (var opType in mapper.OpTypes) _byOpType.Add(opType, mapper);
        }
    }

    /// <summary>The dense-network op set: Gemm/MatMul/Add, activations, Softmax, BatchNormalization, shape ops.</summary>
    public static OnnxMapperSet CreateDefault() => new(
    [
        new GemmMapper(),
        new MatMulMapper(),
        new AddMapper(),
        new ActivationMapper(),
        new ClipMapper(),
        new PReluMapper(),
        new SoftmaxMapper(),
        new BatchNormMapper(),
        new ShapeOpMapper(),
        new PassThroughMapper(),
        new TransposeMapper(),
        new ConstantMapper(),
        new ConvMapper(), new PoolMapper(), new PadMapper(), new ConcatMapper(), new MergeMapper(), new ResizeMapper(),
        new ScaleShiftMapper(), new SqueezeMapper(), new ConstantOnlyMapper(),
    ]);

    /// <summary>Every op type a mapper handles, sorted (plus the ones only the constant folder evaluates).</summary>
    public IEnumerable<string> OpTypes => _byOpType.Keys;

    public IOnnxOpMapper? Find(string opType) => _byOpType.GetValueOrDefault(opType);
}
