using System.Text.Json;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Keras.QKeras;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>
/// Conv1D/2D, QConv1D/2D (QKeras kernel/bias quantizers applied here and attached as <see cref="ImportHints"/>),
/// DepthwiseConv1D/2D, and SeparableConv1D/2D (imported as a depthwise node "&lt;layer&gt;_depthwise" without bias,
/// then a 1x1 pointwise convolution "&lt;layer&gt;" with the bias). Keras kernels already have the IR layouts
/// ([k.., cin, cout] and [k.., c, mult]). A fused activation becomes "&lt;layer&gt;_&lt;activation&gt;".
/// </summary>
public sealed class ConvLayerMapper : IKerasLayerMapper
{
    private readonly KerasActivations _activations = new();
    private readonly QuantizerSpecParser _parser = new();
    private readonly QKerasQuantizers _quantizers = new();

    public IReadOnlyList<string> ClassNames { get; } =
        ["Conv1D", "Conv2D", "QConv1D", "QConv2D", "DepthwiseConv1D", "DepthwiseConv2D", "SeparableConv1D", "SeparableConv2D",
         "QDepthwiseConv2D", "QSeparableConv1D", "QSeparableConv2D", "QConv2DBatchnorm"];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        KerasWindow.RequireChannelsLast(layer, context);
        var rank = layer.ClassName.Contains("1D") ? 1 : 2;
        var input = inputs[0];
        var spatial = KerasWindow.Spatial(layer, input, rank, context);
        if (layer.Number("groups", 1) != 1) throw context.Error(layer, $"groups = {layer.Number("groups", 1)} is not supported");
        var kernelSize = KerasWindow.Tuple(layer, "kernel_size", rank, null, context);
        var strides = KerasWindow.Tuple(layer, "strides", rank, 1, context);
        var dilation = KerasWindow.Tuple(layer, "dilation_rate", rank, 1, context);
        var mode = layer.String("padding") ?? "valid";
        var pads = Enumerable.Range(0, rank)
            .Select(a => KerasWindow.Pads(layer, mode, spatial[a], kernelSize[a], strides[a], dilation[a], rank == 1, context)).ToArray();
        var weights = context.Weights.For(layer.Name);
        var useBias = layer.Bool("use_bias", true);
        Node node;
        var quantized = layer.ClassName.StartsWith('Q');
        var where = $"layer '{layer.Name}' in model '{context.ModelName}'";
        var bq = quantized ? Quantizer(layer, "bias_quantizer", where) : null;
        if (layer.ClassName.Contains("Separable", StringComparison.Ordinal))
        {
            var depthwise = context.Weight(layer, weights, "depthwise_kernel", 0);
            var pointwise = context.Weight(layer, weights, "pointwise_kernel", 1);
            var dq = quantized ? Quantizer(layer, "depthwise_quantizer", where) : null;
            var pq = quantized ? Quantizer(layer, "pointwise_quantizer", where) : null;
            if (dq is not null) depthwise = Apply(depthwise, dq);
            if (pq is not null) pointwise = Apply(pointwise, pq);
            var dwBias = new ConstTensor(new Shape(depthwise.Shape.Dims[^2] * depthwise.Shape.Dims[^1]), new float[depthwise.Shape.Dims[^2] * depthwise.Shape.Dims[^1]]);
            var dw = context.Graph.Add($"{layer.Name}_depthwise", Depthwise(rank, depthwise, dwBias, strides, pads, dilation), input);
            if (dq is not null) dw.Annotations.Set(ImportHints.WeightType, dq.Type);
            var nOut = pointwise.Shape.Dims[^1];
            var bias = useBias ? context.Weight(layer, weights, "bias", 2) : Zeros(nOut);
            if (bq is not null) bias = Apply(bias, bq);
            var pw = Pointwise(rank, pointwise);
            node = context.Graph.Add(layer.Name, Standard(rank, pw, bias, Ones(rank), [.. Enumerable.Repeat((0, 0), rank)], Ones(rank)), dw.Output);
            if (pq is not null) node.Annotations.Set(ImportHints.WeightType, pq.Type);
            if (bq is not null) node.Annotations.Set(ImportHints.BiasType, bq.Type);
            dw.Annotations.Set(ImportHints.SourceClass, layer.ClassName);
            node.Annotations.Set(ImportHints.SourceClass, layer.ClassName);
        }
        else if (layer.ClassName.Contains("Depthwise", StringComparison.Ordinal))
        {
            var kernel = context.Weight(layer, weights, "depthwise_kernel", 0);
            var nOut = kernel.Shape.Dims[^2] * kernel.Shape.Dims[^1];
            var bias = useBias ? context.Weight(layer, weights, "bias", 1) : Zeros(nOut);
            var dq = quantized ? Quantizer(layer, "depthwise_quantizer", where) : null;
            if (dq is not null) kernel = Apply(kernel, dq);
            if (bq is not null) bias = Apply(bias, bq);
            node = context.Graph.Add(layer.Name, Depthwise(rank, kernel, bias, strides, pads, dilation), input);
            if (dq is not null) node.Annotations.Set(ImportHints.WeightType, dq.Type);
            if (bq is not null) node.Annotations.Set(ImportHints.BiasType, bq.Type);
        }
        else
        {
            var kernel = context.Weight(layer, weights, "kernel", 0);
            var nOut = kernel.Shape.Dims[^1];
            var bias = useBias ? context.Weight(layer, weights, "bias", 1) : Zeros(nOut);
            if (layer.ClassName == "QConv2DBatchnorm") (kernel, bias) = FoldBatchNorm(layer, weights, kernel, bias, context);
            var alpha = quantized && layer.Config.TryGetProperty("kernel_quantizer", out var kqs) && kqs.ValueKind != JsonValueKind.Null
                ? _quantizers.ForAlpha(_parser.Parse(kqs, where), where) : null;
            if (alpha is not null)
            {
                var (grid, scale) = alpha.Factor(kernel);
                var conv = context.Graph.Add(layer.Name, Standard(rank, grid, Zeros(nOut), strides, pads, dilation), input);
                conv.Annotations.Set(ImportHints.WeightType, alpha.GridType);
                var scaled = ApplyAlphaNode.Append(context, layer.Name, conv.Output, scale, bq is null ? bias : Apply(bias, bq), alpha, bq);
                return layer.Config.TryGetProperty("activation", out var a) && a.ValueKind != JsonValueKind.Null
                    ? _activations.Append($"{layer.Name}_{ActivationSuffix(a)}", a, scaled, layer, context)
                    : scaled;
            }
            var wq = quantized ? Quantizer(layer, "kernel_quantizer", where) : null;
            if (wq is not null) kernel = Apply(kernel, wq);
            if (bq is not null) bias = Apply(bias, bq);
            node = context.Graph.Add(layer.Name, Standard(rank, kernel, bias, strides, pads, dilation), input);
            if (wq is not null) node.Annotations.Set(ImportHints.WeightType, wq.Type);
            if (bq is not null) node.Annotations.Set(ImportHints.BiasType, bq.Type);
        }
        return layer.Config.TryGetProperty("activation", out var act) && act.ValueKind != JsonValueKind.Null
            ? _activations.Append($"{layer.Name}_{ActivationSuffix(act)}", act, node.Output, layer, context)
            : node.Output;
    }

    /// <summary>
    /// QConv2DBatchnorm at inference: inv = gamma/sqrt(moving_variance+epsilon), kernel·inv and inv·(bias-moving_mean)+beta per
    /// output channel, then (by the caller) the kernel and bias quantizers. Keras 2 files name the batch-norm weights; Keras 3
    /// stores them after the layer's own variables, so they are taken from the end.
    /// </summary>
    private static (ConstTensor Kernel, ConstTensor Bias) FoldBatchNorm(KerasLayer layer, IReadOnlyList<KerasWeight> weights, ConstTensor kernel, ConstTensor bias, KerasImportContext context)
    {
        bool scale = layer.Bool("scale", true), center = layer.Bool("center", true);
        var count = 2 + (scale ? 1 : 0) + (center ? 1 : 0);
        var first = weights.Count - count;
        var position = first;
        var n = kernel.Shape.Dims[^1];
        var gamma = scale ? context.Weight(layer, weights, "gamma", position++).Data : Enumerable.Repeat(1f, n).ToArray();
        var beta = center ? context.Weight(layer, weights, "beta", position++).Data : new float[n];
        var mean = context.Weight(layer, weights, "moving_mean", position++).Data;
        var variance = context.Weight(layer, weights, "moving_variance", position).Data;
        if (gamma.Length != n || beta.Length != n || mean.Length != n || variance.Length != n)
        {
            throw context.Error(layer, $"batch-norm parameters do not match the {n} filters");
        }
        var epsilon = layer.Number("epsilon", 1e-3);
        var inv = Enumerable.Range(0, n).Select(c => gamma[c] / Math.Sqrt(variance[c] + epsilon)).ToArray();
        var k = kernel.Data.Select((v, i) => (float)(v * inv[i % n])).ToArray();
        var b = Enumerable.Range(0, n).Select(c => (float)(inv[c] * (bias.Data[c] - mean[c]) + beta[c])).ToArray();
        return (new ConstTensor(kernel.Shape, k), new ConstTensor(new Shape(n), b));
    }

    private static Op Standard(int rank, ConstTensor kernel, ConstTensor bias, int[] strides, (int Before, int After)[] pads, int[] dilation) =>
        rank == 1
            ? new Conv1DOp(kernel, bias, strides[0], pads[0].Before, pads[0].After, dilation[0])
            : new Conv2DOp(kernel, bias, (strides[0], strides[1]), new Padding2D(pads[0].Before, pads[0].After, pads[1].Before, pads[1].After), (dilation[0], dilation[1]));

    private static Op Depthwise(int rank, ConstTensor kernel, ConstTensor bias, int[] strides, (int Before, int After)[] pads, int[] dilation) =>
        rank == 1
            ? new DepthwiseConv1DOp(kernel, bias, strides[0], pads[0].Before, pads[0].After, dilation[0])
            : new DepthwiseConv2DOp(kernel, bias, (strides[0], strides[1]), new Padding2D(pads[0].Before, pads[0].After, pads[1].Before, pads[1].After), (dilation[0], dilation[1]));

    /// <summary>The pointwise kernel [1(,1), cin, cout] as a 1x1 convolution kernel of the right rank.</summary>
    private static ConstTensor Pointwise(int rank, ConstTensor k)
    {
        int cin = k.Shape.Dims[^2], cout = k.Shape.Dims[^1];
        return new ConstTensor(rank == 1 ? new Shape(1, cin, cout) : new Shape(1, 1, cin, cout), k.Data);
    }

    private static int[] Ones(int rank) => Enumerable.Repeat(1, rank).ToArray();

    private static ConstTensor Zeros(int n) => new(new Shape(n), new float[n]);

    private IWeightQuantizer? Quantizer(KerasLayer layer, string key, string where) =>
        layer.Config.TryGetProperty(key, out var q) && q.ValueKind != JsonValueKind.Null ? _quantizers.ForWeights(_parser.Parse(q, where), where) : null;

    private static ConstTensor Apply(ConstTensor t, IWeightQuantizer q) => new(t.Shape, t.Data.Select(v => (float)q.Quantize(v)).ToArray());

    private static string ActivationSuffix(JsonElement act)
    {
        var text = act.ValueKind == JsonValueKind.String ? act.GetString()!
            : act.ValueKind == JsonValueKind.Object && act.TryGetProperty("class_name", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "activation";
        var paren = text.IndexOf('(');
        return paren < 0 ? text : text[..paren];
    }
}
