using Hls4Net.Frontends.Onnx.Mappers;

namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// The ONNX op mappers an importer uses, keyed by (domain, op type) (<see cref="OnnxOpKey"/>; <c>""</c> and
/// <c>ai.onnx</c> are one domain). Built in code; no global registry.
/// </summary>
internal sealed class OnnxMapperSet
{
    private readonly Dictionary<OnnxOpKey, IOnnxOpMapper> _byKey = new();

    public OnnxMapperSet(IEnumerable<IOnnxOpMapper> mappers)
    {
        foreach (var mapper in mappers)
        {
            foreach (var opType in mapper.OpTypes)
            {
                var key = new OnnxOpKey(mapper.Domain, opType);
                if (!_byKey.TryAdd(key, mapper)) throw new ArgumentException($"two mappers for ONNX op {key}", nameof(mappers));
            }
        }
    }

    /// <summary>The dense-network op set: Gemm/MatMul/Add, activations, Softmax, BatchNormalization, shape ops.</summary>
    public static OnnxMapperSet CreateDefault() => new(
    [
        new GemmMapper(),
        new MatMulMapper(),
        new AddMapper(),
        new ActivationMapper(), new HardSwishMapper(),
        new ClipMapper(),
        new PReluMapper(),
        new SoftmaxMapper(),
        new LayerNormMapper(), new GatherMapper(), new EinsumMapper(),
        new BatchNormMapper(),
        new ShapeOpMapper(),
        new PassThroughMapper(),
        new TransposeMapper(),
        new ConstantMapper(),
        new ConvMapper(), new PoolMapper(), new ReduceMapper(), new PadMapper(), new ConcatMapper(), new MergeMapper(), new ResizeMapper(),
        new ScaleShiftMapper(), new NegPowMapper(), new LayerSliceMapper(), new SplitMapper(), new SqueezeMapper(), new ConstantOnlyMapper(),
        new RecurrentMapper(),
        new TreeEnsembleMapper(), new ZipMapMapper(), new ArgMaxTailMapper(),
        new QuantizeLinearMapper(), new DequantizeLinearMapper(),
        .. Quantization.QonnxDomains.All.SelectMany(d => new IOnnxOpMapper[] { new QuantMapper(d), new BipolarQuantMapper(d), new TruncMapper(d) }),
    ]);

    /// <summary>Every op type of the default domain a mapper handles.</summary>
    public IEnumerable<string> OpTypes => _byKey.Keys.Where(k => k.IsDefaultDomain).Select(k => k.OpType);

    /// <summary>Every (domain, op type) a mapper handles.</summary>
    public IEnumerable<OnnxOpKey> Keys => _byKey.Keys;

    /// <summary>The domains with at least one mapper (<c>""</c> for the default one).</summary>
    public IEnumerable<string> Domains => _byKey.Keys.Select(k => k.Domain).Distinct();

    /// <summary>The mapper for <paramref name="key"/>, or null.</summary>
    public IOnnxOpMapper? Find(OnnxOpKey key) => _byKey.GetValueOrDefault(key);
}
