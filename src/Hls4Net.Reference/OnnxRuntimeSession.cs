using System.Runtime.InteropServices;
using Hls4Net.Reference.Native;

namespace Hls4Net.Reference;

/// <summary>
/// An ONNX Runtime (CPU) inference session used as the float reference. Runs are thread-safe;
/// dispose once no run is in flight.
/// </summary>
public sealed class OnnxRuntimeSession : IDisposable
{
    private static readonly Lazy<OnnxRuntimeLocator> DefaultLocator = new(() => new OnnxRuntimeLocator());
    private readonly OrtApi _api;
    private readonly OrtHandle _session;
    private readonly OrtHandle _memoryInfo;

    private OnnxRuntimeSession(OrtApi api, OrtHandle session)
    {
        _api = api;
        _session = session;
        try
        {
            _memoryInfo = api.CreateCpuMemoryInfo();
            Inputs = ReadInfos(input: true);
            Outputs = ReadInfos(input: false);
        }
        catch
        {
            _memoryInfo?.Dispose();
            session.Dispose();
            throw;
        }
    }

    /// <summary>Graph inputs (initializers excluded) with element type and shape (-1 = dynamic).</summary>
    public IReadOnlyList<OnnxRuntimeTensorInfo> Inputs { get; }

    /// <summary>Graph outputs with element type and shape (-1 = dynamic).</summary>
    public IReadOnlyList<OnnxRuntimeTensorInfo> Outputs { get; }

    /// <summary>Input names in graph order.</summary>
    public IReadOnlyList<string> InputNames => Inputs.Select(i => i.Name).ToArray();

    /// <summary>Output names in graph order.</summary>
    public IReadOnlyList<string> OutputNames => Outputs.Select(o => o.Name).ToArray();

    /// <summary>Version string reported by the loaded library, e.g. "1.30.0".</summary>
    public string RuntimeVersion => _api.Version;

    /// <summary>Path of the loaded native library.</summary>
    public string LibraryPath => _api.LibraryPath;

    /// <summary>Open a model file.</summary>
    public static OnnxRuntimeSession Open(string modelPath, OnnxRuntimeLocator? locator = null,
        OnnxRuntimeSessionOptions? options = null)
    {
        if (!File.Exists(modelPath))
            throw new FileNotFoundException($"ONNX model not found: {modelPath}", modelPath);
        var api = OrtApi.Load((locator ?? DefaultLocator.Value).Locate());
        using var sessionOptions = api.CreateSessionOptions(options ?? new OnnxRuntimeSessionOptions());
        return new OnnxRuntimeSession(api, api.CreateSession(Path.GetFullPath(modelPath), sessionOptions));
    }

    /// <summary>Open a model from its serialized ModelProto bytes.</summary>
    public static OnnxRuntimeSession Open(byte[] model, OnnxRuntimeLocator? locator = null,
        OnnxRuntimeSessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var api = OrtApi.Load((locator ?? DefaultLocator.Value).Locate());
        using var sessionOptions = api.CreateSessionOptions(options ?? new OnnxRuntimeSessionOptions());
        return new OnnxRuntimeSession(api, api.CreateSessionFromArray(model, sessionOptions));
    }

    /// <summary>Run one float input (e.g. a batch, shape [N, ...]) and return every graph output.</summary>
    public IReadOnlyDictionary<string, float[]> Run(string inputName, float[] batchData, int[] shape) =>
        Run(inputName, batchData, shape, OutputNames);

    /// <summary>Run one float input and return the named outputs (any graph output, including intermediate
    /// tensors exposed with <see cref="OnnxModelOutputs.Expose"/>).</summary>
    /// <remarks>When the model's input has a fixed batch of 1 and <paramref name="shape"/>[0] is larger, the batch
    /// is run one sample at a time and the outputs are concatenated along dimension 0.</remarks>
    public IReadOnlyDictionary<string, float[]> Run(string inputName, float[] batchData, int[] shape,
        IEnumerable<string> outputNames)
    {
        ArgumentNullException.ThrowIfNull(batchData);
        ArgumentNullException.ThrowIfNull(shape);
        var names = outputNames.ToArray();
        var declared = Inputs.FirstOrDefault(i => i.Name == inputName)?.Shape;
        var perSample = declared is { Count: > 0 } && declared[0] == 1 && shape.Length == declared.Count && shape[0] > 1;
        if (!perSample)
        {
            return RunTensors([new OnnxRuntimeTensor(inputName, batchData, shape)], names)
                .ToDictionary(kv => kv.Key, kv => kv.Value.Data);
        }

        var sampleShape = shape.ToArray();
        sampleShape[0] = 1;
        var sampleSize = shape.Skip(1).Aggregate(1, (a, d) => a * d);
        if ((long)sampleSize * shape[0] != batchData.Length)
            throw new ArgumentException(
                $"Input '{inputName}': shape [{string.Join(", ", shape)}] does not match {batchData.Length} values");
        var parts = names.ToDictionary(n => n, _ => new List<float>());
        for (var n = 0; n < shape[0]; n++)
        {
            var sample = batchData.AsSpan(n * sampleSize, sampleSize).ToArray();
            foreach (var (name, tensor) in RunTensors([new OnnxRuntimeTensor(inputName, sample, sampleShape)], names))
                parts[name].AddRange(tensor.Data);
        }

        return parts.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    /// <summary>Run with any number of float inputs; returns outputs with their shapes (all graph outputs when
    /// <paramref name="outputNames"/> is null).</summary>
    public IReadOnlyDictionary<string, OnnxRuntimeTensor> RunTensors(IReadOnlyList<OnnxRuntimeTensor> inputs,
        IReadOnlyList<string>? outputNames = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        outputNames ??= OutputNames;
        foreach (var input in inputs)
        {
            if (input.Shape.Any(d => d < 0) || input.ElementCount != input.Data.Length)
                throw new ArgumentException(
                    $"Input '{input.Name}': shape [{string.Join(", ", input.Shape)}] holds {input.ElementCount} " +
                    $"elements but {input.Data.Length} values were given");
        }

        var pins = inputs.Select(i => GCHandle.Alloc(i.Data, GCHandleType.Pinned)).ToArray();
        var values = new List<OrtHandle>();
        try
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                unsafe
                {
                    values.Add(_api.CreateFloatTensor(_memoryInfo, (float*)pins[i].AddrOfPinnedObject(),
                        inputs[i].Data.Length, inputs[i].Shape.Select(d => (long)d).ToArray()));
                }
            }

            var outputs = _api.Run(_session, inputs.Select(i => i.Name).ToArray(), values, outputNames);
            try
            {
                var result = new Dictionary<string, OnnxRuntimeTensor>(outputNames.Count);
                for (var i = 0; i < outputs.Length; i++)
                    result[outputNames[i]] = ReadOutput(outputNames[i], outputs[i]);
                return result;
            }
            finally
            {
                foreach (var o in outputs)
                    o.Dispose();
            }
        }
        finally
        {
            foreach (var v in values)
                v.Dispose();
            foreach (var p in pins)
                p.Free();
        }
    }

    /// <summary>Release the ORT session and its memory info.</summary>
    public void Dispose()
    {
        _memoryInfo.Dispose();
        _session.Dispose();
    }

    private OnnxRuntimeTensor ReadOutput(string name, OrtHandle value)
    {
        var (type, shape) = _api.GetTensorTypeAndShape(value);
        if (type != OnnxTensorElementType.Float)
            throw new NotSupportedException($"ONNX Runtime output '{name}' has element type {type}; only float outputs are supported");
        var count = shape.Aggregate(1L, (a, d) => a * d);
        return new OnnxRuntimeTensor(name, _api.CopyFloatData(value, count), shape.Select(d => checked((int)d)).ToArray());
    }

    private IReadOnlyList<OnnxRuntimeTensorInfo> ReadInfos(bool input)
    {
        var count = _api.GetCount(_session, input);
        var infos = new OnnxRuntimeTensorInfo[count];
        for (var i = 0; i < count; i++)
        {
            var (type, shape) = _api.GetTypeInfo(_session, i, input);
            infos[i] = new OnnxRuntimeTensorInfo(_api.GetName(_session, i, input), type, shape);
        }

        return infos;
    }
}
